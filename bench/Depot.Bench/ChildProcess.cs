using System.Diagnostics;
using System.Globalization;

namespace Depot.Bench;

/// <summary>What a child process did: exit code, wall clock, peak resident memory, its output.</summary>
public sealed record ChildRun(int Exit, double Milliseconds, long PeakRssKib, string Output, string Error);

/// <summary>
/// Runs a program as a child process and measures it from outside: wall clock from start to exit,
/// and peak resident memory (VmHWM in /proc/PID/status, read every few milliseconds while it runs).
/// </summary>
public static class ChildProcess
{
    /// <summary>The <c>depot</c> executable built next to the harness.</summary>
    public static string Depot => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "depot.exe" : "depot");

    public static ChildRun Run(string program, IEnumerable<string> args, string? input = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        long peak = 0;
        var status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        return new ChildRun(process.ExitCode, elapsed, peak, output.Result, error.Result);
    }

    private static long ReadHighWaterMark(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two reads.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
