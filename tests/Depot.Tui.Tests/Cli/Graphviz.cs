using System.Diagnostics;

namespace Depot.Tui.Tests.Cli;

/// <summary>Graphviz's <c>dot</c>, found on the PATH, to check that a graph the program writes is drawn.</summary>
internal static class Graphviz
{
    /// <summary>The <c>dot</c> program, or null when Graphviz is not installed.</summary>
    public static string? Dot { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Where(dir => dir.Length > 0)
        .Select(dir => Path.Combine(dir, "dot"))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs <c>dot -Tsvg</c> on <paramref name="graph"/>: its exit code, the SVG and what it said on stderr.</summary>
    public static (int Exit, string Svg, string Error) Svg(string graph)
    {
        var start = new ProcessStartInfo(Dot ?? throw new InvalidOperationException("Graphviz is not installed"), "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var dot = Process.Start(start)!;
        var svg = dot.StandardOutput.ReadToEndAsync();
        var error = dot.StandardError.ReadToEndAsync();
        dot.StandardInput.Write(graph);
        dot.StandardInput.Close();
        if (!dot.WaitForExit(30_000))
        {
            dot.Kill();
            throw new TimeoutException("dot -Tsvg did not finish within 30 s");
        }

        return (dot.ExitCode, svg.Result, error.Result);
    }
}
