using Depot.Tui.Cli;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// Runs <c>depot</c> verbs in-process against one temporary database, made with <c>depot init</c>
/// as a new user would, and captures what they print.
/// </summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "depot-cli-tests", Guid.NewGuid().ToString("N"));

    public CliRun()
    {
        Directory.CreateDirectory(_directory);
        Database = Path.Combine(_directory, "depot.db");
        Ok("init");
    }

    public string Database { get; }

    /// <summary>The folder that holds the database and the files a test writes.</summary>
    public string Folder => _directory;

    /// <summary>Writes a file (a partner CSV, say) beside the database and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Out, string Err) Run(params string[] args) => RunAs("tester", args);

    public (int Exit, string Out, string Err) RunAs(string operatorName, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DepotCli.Run(["--db", Database, "--operator", operatorName, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs and insists it succeeded.</summary>
    public string Ok(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, $"depot {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
