using System.Diagnostics;
using System.Globalization;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// From start to the first frame of the full-screen UI: the built <c>depot</c> is started in a
/// tmux pane (a real terminal, 120x40) and the clock stops when the Home screen's "Units by state"
/// appears in the pane, on the bench database and on the demo depot (<c>depot --demo</c>, which
/// first builds its throwaway demo database). The baseline is <c>depot --help</c> run to its end:
/// the cost of starting the runtime and the program.
/// </summary>
public sealed class FirstFrameBench : IBenchmark
{
    private const int Runs = 7;
    private const string FirstFrameText = "Units by state";

    public string Name => "first-frame";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        if (!File.Exists("/usr/bin/tmux") && !File.Exists("/usr/local/bin/tmux"))
        {
            yield return BenchResult.Pending("UI start to first frame", "< 300 ms", "tmux is not installed");
            yield break;
        }

        var socket = string.Create(CultureInfo.InvariantCulture, $"depot-bench-{Environment.ProcessId}");
        try
        {
            // A session that lives for the whole benchmark keeps the tmux server up: a server left with no
            // session exits, and a new session started while it is exiting would be lost with it.
            Tmux(socket, "new-session", "-d", "-s", "keep", "sleep 3600");
            var help = Enumerable.Range(0, Runs).Select(_ => ChildProcess.Run(ChildProcess.Depot, ["--help"]).Milliseconds).ToArray();
            // One untimed start each first: it brings the database's schema forward and warms the page cache.
            FirstFrame(socket, 100, "--db", setup.DatabasePath);
            FirstFrame(socket, 101, "--demo");
            var big = Enumerable.Range(0, Runs).Select(i => FirstFrame(socket, i, "--db", setup.DatabasePath)).ToArray();
            var demo = Enumerable.Range(0, Runs).Select(i => FirstFrame(socket, Runs + i, "--demo")).ToArray();
            var parts = HomeQueries(setup.DatabasePath);
            var bigSample = new Sample(big);
            var demoSample = new Sample(demo);
            yield return new BenchResult(string.Create(CultureInfo.InvariantCulture, $"UI start to first frame, {setup.Units:N0}-unit database (tmux)"),
                bigSample, "depot --help (runtime start)", new Sample(help), "(JIT build; the target is ui's, ReadyToRun)", null,
                $"runs: {string.Join(", ", big.Select(Ms))}; home screen queries in-process, p50 ms: {parts}");
            yield return new BenchResult("UI start to first frame, demo depot (depot --demo, tmux)",
                demoSample, "depot --help (runtime start)", new Sample(help), "(JIT build; the target is ui's, ReadyToRun)", null,
                $"runs: {string.Join(", ", demo.Select(Ms))}");
        }
        finally
        {
            Tmux(socket, "kill-server");
        }
    }

    /// <summary>The home screen's reads, each timed on its own (warm), so a slow first frame names its query.</summary>
    private static string HomeQueries(string path)
    {
        var open = Stopwatch.StartNew();
        using var depot = Depot.Core.DepotContext.Open(path, "bench");
        var opened = open.Elapsed.TotalMilliseconds;
        var dashboard = new Depot.Core.Dashboard.DepotDashboard(depot);
        var pool = new Depot.Core.Pool.PoolLevels(depot);
        string P50(Action body) => Timing.Measure(1, 5, _ => body()).P50.ToString("F1", CultureInfo.InvariantCulture);
        return string.Join(", ",
            $"open {opened.ToString("F1", CultureInfo.InvariantCulture)}",
            $"counts by state {P50(() => dashboard.CountsByState())}",
            $"pool levels {P50(() => pool.ForAllOwners())}",
            $"longest waiting {P50(() => dashboard.LongestWaiting())}",
            $"receipts today {P50(() => dashboard.ReceiptsToday())}");
    }

    private static string Ms(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    /// <summary>Starts depot in a new tmux window and polls the pane until the Home screen shows.</summary>
    private static double FirstFrame(string socket, int run, params string[] depotArgs)
    {
        var session = string.Create(CultureInfo.InvariantCulture, $"ff{run}");
        var command = string.Join(' ', new[] { ChildProcess.Depot, "--operator", "bench" }.Concat(depotArgs).Select(Quote));
        var clock = Stopwatch.StartNew();
        Tmux(socket, "new-session", "-d", "-x", "120", "-y", "40", "-s", session, "-e", "NO_COLOR=1", command);
        double? seen = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Tmux(socket, "capture-pane", "-p", "-t", session).Contains(FirstFrameText, StringComparison.Ordinal))
            {
                seen = clock.Elapsed.TotalMilliseconds;
                break;
            }

            Thread.Sleep(2);
        }

        Tmux(socket, "kill-session", "-t", session);
        return seen ?? throw new TimeoutException($"the Home screen did not appear within 60 s: {command}");
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Runs tmux; its output is read only for capture-pane. Other commands write to /dev/null,
    /// because a tmux server started by new-session would keep a redirected pipe open for its lifetime.
    /// </summary>
    private static string Tmux(string socket, params string[] args)
    {
        var capture = args[0] == "capture-pane";
        var start = new ProcessStartInfo(capture ? "tmux" : "sh") { RedirectStandardOutput = capture, UseShellExecute = false };
        if (!capture)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec tmux \"$@\" </dev/null >/dev/null 2>&1");
            start.ArgumentList.Add("tmux");
        }

        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = capture ? process.StandardOutput.ReadToEnd() : "";
        process.WaitForExit();
        return output;
    }
}
