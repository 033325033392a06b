using System.Diagnostics;
using Depot.Tui.Cli;

namespace Depot.Tui.Tests.Durability;

/// <summary>
/// The real <c>depot</c> executable run as a child process (<c>dotnet depot.dll ...</c>, the
/// assembly next to the tests), so a test can kill it like a power switch would and read what
/// a user reads on stdout and stderr.
/// </summary>
internal static class DepotProcess
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static string DepotDll => typeof(DepotCli).Assembly.Location;

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DepotDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DEPOT_OPERATOR"] = "durability";
        start.Environment.Remove("DEPOT_DB");
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>
    /// Types <paramref name="scans"/> into a started <c>depot receive-stream</c>, one per line, closes its
    /// input and waits for it to finish; returns both streams.
    /// </summary>
    public static (string Output, string Error) Feed(Process process, IEnumerable<string> scans)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var scan in scans)
        {
            process.StandardInput.WriteLine(scan);
        }

        process.StandardInput.Close();
        Xunit.Assert.True(process.WaitForExit(Patience), "a bench did not finish");
        return (output.Result, error.Result);
    }

    /// <summary>Runs to the end with <paramref name="input"/> on stdin; returns the exit code and both streams.</summary>
    public static (int Exit, string Output, string Error) Run(string? input, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"depot {string.Join(' ', args)} did not finish within {Patience.TotalSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
