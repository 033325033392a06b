using System.Diagnostics;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The built <c>depot</c> next to the test assembly, run as a user would run it.</summary>
internal static class DepotProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "depot.dll");

    /// <summary>The shell command that starts depot (for tmux).</summary>
    public static string CommandLine(params string[] args) =>
        string.Join(' ', new[] { "dotnet", Quote(Dll) }.Concat(args.Select(Quote)));

    /// <summary>Runs one verb; returns exit code and standard output.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Runs a verb that must succeed.</summary>
    public static string Must(params string[] args)
    {
        var (exit, output, error) = Run(args);
        return exit == 0 ? output : throw new Xunit.Sdk.XunitException($"depot {string.Join(' ', args)} exited {exit}: {error}");
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''") + "'";
}
