using System.Diagnostics;
using System.Globalization;

namespace Depot.Tui.Cli;

/// <summary>
/// With <c>DEPOT_TRACE_STARTUP=1</c>, writes to stderr how long each step of starting took, in ms
/// since the process started, so a slow start names its step. Silent otherwise.
/// </summary>
internal static class StartupTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("DEPOT_TRACE_STARTUP") == "1";
    private static readonly long Started = Enabled ? Stopwatch.GetTimestamp() : 0;
    private static readonly double BeforeMain = Enabled ? SinceProcessStart() : 0;

    /// <summary>Notes that <paramref name="step"/> has just finished.</summary>
    public static void Mark(string step)
    {
        if (!Enabled)
        {
            return;
        }

        var ms = BeforeMain + Stopwatch.GetElapsedTime(Started).TotalMilliseconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"depot startup: {ms,7:F1} ms  {step}"));
    }

    private static double SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return (DateTime.Now - self.StartTime).TotalMilliseconds;
    }
}
