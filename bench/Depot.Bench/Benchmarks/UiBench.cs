using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The full-screen UI as installed on a bench (ReadyToRun), driven through tmux: the first frame of
/// <c>depot --demo</c> against a bare Terminal.Gui program (one window, one label) published the same
/// way in the same run; one scan to its confirmation on screen, against a typed key's echo; a burst of
/// 200 scans (none lost or reordered); and the CPU the open UI takes while nobody types.
/// </summary>
public sealed class UiBench : IBenchmark
{
    private const int FirstFrameRuns = 7;
    private const int Scans = 60;
    private const int Burst = 200;
    private const string Ready = "Units by state";

    public string Name => "ui";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        if (!TmuxServer.Available)
        {
            yield return BenchResult.Pending("UI on a bench (tmux)", "see docs/performance.md", "tmux is not installed");
            yield break;
        }

        var depot = Publish(setup, "src/Depot.Tui/Depot.Tui.csproj", "depot");
        var bare = Publish(setup, "bench/BareTerminalGui/BareTerminalGui.csproj", "bare-terminal-gui");
        using var tmux = new TmuxServer();

        // One untimed start of each first: the page cache holds both programs after it.
        FirstFrame(tmux, $"{Quote(depot)} --operator bench --demo");
        FirstFrame(tmux, Quote(bare));
        var depotFrames = new List<double>();
        var bareFrames = new List<double>();
        for (var i = 0; i < FirstFrameRuns; i++)
        {
            depotFrames.Add(FirstFrame(tmux, $"{Quote(depot)} --operator bench --demo"));
            bareFrames.Add(FirstFrame(tmux, Quote(bare)));
        }

        var depotFirst = new Sample(depotFrames);
        var bareFirst = new Sample(bareFrames);
        yield return new BenchResult("UI first frame, demo depot, ReadyToRun (tmux)", depotFirst, "bare Terminal.Gui window, ReadyToRun", bareFirst,
            "p50 ≤ 1.5x bare", depotFirst.P50 <= 1.5 * bareFirst.P50,
            $"p50 ratio {Ratio(depotFirst.P50, bareFirst.P50)}; runs: {Join(depotFrames)} vs {Join(bareFrames)}");

        if (File.Exists(setup.DatabasePath))
        {
            // The bench's own depot (a million units in the published figures), as a bench PC opens it every morning.
            var open = $"{Quote(depot)} --operator bench --db {Quote(setup.DatabasePath)}";
            FirstFrame(tmux, open);
            var bigFrames = new List<double>();
            var bareAgain = new List<double>();
            for (var i = 0; i < FirstFrameRuns; i++)
            {
                bigFrames.Add(FirstFrame(tmux, open));
                bareAgain.Add(FirstFrame(tmux, Quote(bare)));
            }

            var bigFirst = new Sample(bigFrames);
            var bareSecond = new Sample(bareAgain);
            yield return new BenchResult(string.Create(CultureInfo.InvariantCulture, $"UI first frame, {Path.GetFileName(setup.DatabasePath)}, ReadyToRun (tmux)"),
                bigFirst, "bare Terminal.Gui window, ReadyToRun", bareSecond, "p50 ≤ 1.5x bare", bigFirst.P50 <= 1.5 * bareSecond.P50,
                $"p50 ratio {Ratio(bigFirst.P50, bareSecond.P50)}; runs: {Join(bigFrames)} vs {Join(bareAgain)}");
        }

        var database = Path.Combine(setup.Scratch, "ui.db");
        Must(depot, "--db", database, "init");
        Must(depot, "--db", database, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100");
        var session = tmux.Start($"{Quote(depot)} --db {Quote(database)} --operator bench");
        tmux.WaitFor(session, Ready, Stopwatch.StartNew());
        var idle = IdleCpu(tmux.Pid(session));
        var bareSession = tmux.Start(Quote(bare));
        tmux.WaitFor(bareSession, Ready, Stopwatch.StartNew());
        var bareIdle = IdleCpu(tmux.Pid(bareSession));
        tmux.Kill(bareSession);

        tmux.Keys(session, "F2");
        tmux.WaitFor(session, "Scan:", Stopwatch.StartNew());
        var echoes = new List<double>();
        var confirmations = new List<double>();
        var scanned = new List<string>();
        for (var i = 0; i < Scans; i++)
        {
            // The baseline: one key to its echo in the scan field, then taken back.
            var echo = Stopwatch.StartNew();
            tmux.Keys(session, "-l", "7");
            echoes.Add(tmux.WaitFor(session, "Scan: 7", echo));
            tmux.Keys(session, "BSpace");
            Thread.Sleep(50);

            var imei = Imei(i);
            var clock = Stopwatch.StartNew();
            tmux.Scan(session, [imei]);
            confirmations.Add(tmux.WaitFor(session, $"{imei}: unknown to the depot", clock));
            scanned.Add(imei);
            Thread.Sleep(100);
        }

        var burst = Enumerable.Range(Scans, Burst).Select(Imei).ToList();
        var burstClock = Stopwatch.StartNew();
        tmux.Scan(session, burst);
        var burstMs = tmux.WaitFor(session, $"This sitting: {Scans + Burst} scanned", burstClock, 300);
        scanned.AddRange(burst);
        tmux.Keys(session, "C-c");
        Thread.Sleep(500);

        var scan = new Sample(confirmations);
        var echoSample = new Sample(echoes);
        yield return new BenchResult("UI scan to confirmation on screen (tmux, ReadyToRun)", scan, "one key to its echo", echoSample,
            "p95 < 50 ms", scan.Percentile(0.95) < 50,
            $"p95 {Ms(scan.Percentile(0.95))} ms, echo p95 {Ms(echoSample.Percentile(0.95))} ms; both include tmux send-keys and capture-pane");

        var (lost, reordered) = Check(depot, database, scanned);
        yield return new BenchResult($"UI burst of {Burst} scans in one tmux send (ReadyToRun)", new Sample([burstMs]), null, null,
            "0 lost, 0 reordered", lost == 0 && reordered == 0,
            $"lost {lost}, reordered {reordered}; {Ms(Burst * 1000 / burstMs)} scans/s received and committed");

        yield return new BenchResult("UI idle CPU, % of one core (Home open, nobody typing)", new Sample(idle), "bare Terminal.Gui window", new Sample(bareIdle),
            "mean < 5%", new Sample(idle).Mean < 5,
            $"mean {Ms(new Sample(idle).Mean)}% vs bare {Ms(new Sample(bareIdle).Mean)}%, 10 one-second samples after 10 s settled");
    }

    /// <summary>Publishes a project self-contained and ReadyToRun (composite) for this machine, as the README installs depot on a bench PC.</summary>
    private static string Publish(BenchSetup setup, string project, string program)
    {
        var output = Path.Combine(setup.Scratch, program);
        var run = ChildProcess.Run("dotnet", ["publish", Path.Combine(Repository(), project), "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output]);
        if (run.Exit != 0)
        {
            throw new InvalidOperationException($"publishing {project} failed:\n{run.Output}\n{run.Error}");
        }

        return Path.Combine(output, program);
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Depot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Depot.sln not found above the harness");
    }

    private static double FirstFrame(TmuxServer tmux, string command)
    {
        var clock = Stopwatch.StartNew();
        var session = tmux.Start(command, "NO_COLOR=1");
        // Looking every 10 ms leaves the second core to the program (depot opens its depot there while
        // Terminal.Gui starts); the figure is at most 10 ms late, for depot and the bare window alike.
        var ms = tmux.WaitFor(session, Ready, clock, pollMs: 10);
        tmux.Kill(session);
        return ms;
    }

    /// <summary>CPU time the process took in each of ten seconds, once it has run ten seconds untouched, in % of one core.</summary>
    private static List<double> IdleCpu(int pid)
    {
        Thread.Sleep(TimeSpan.FromSeconds(10));
        var samples = new List<double>();
        var last = Ticks(pid);
        for (var i = 0; i < 10; i++)
        {
            Thread.Sleep(TimeSpan.FromSeconds(1));
            var now = Ticks(pid);
            samples.Add(now - last); // 100 ticks a second: ticks in one second are % of one core.
            last = now;
        }

        return samples;
    }

    private static long Ticks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary>Every scan went to quarantine (unknown to the depot): longest there first is the order they were received in.</summary>
    private static (int Lost, int Reordered) Check(string depot, string database, IReadOnlyList<string> scanned)
    {
        var json = Must(depot, "--db", database, "unit", "list", "--state", "Quarantine", "--limit", "5000", "--json");
        using var document = JsonDocument.Parse(json);
        var received = document.RootElement.EnumerateArray().Select(u => u.GetProperty("identifier").GetString()!).ToList();
        var lost = scanned.Except(received).Count();
        var inOrder = received.Where(scanned.Contains).ToList();
        var reordered = inOrder.Where((id, i) => scanned.Where(inOrder.Contains).ElementAt(i) != id).Count();
        return (lost, reordered);
    }

    private static string Must(string program, params string[] args)
    {
        var run = ChildProcess.Run(program, args);
        return run.Exit == 0 ? run.Output : throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {run.Error}");
    }

    /// <summary>A valid IMEI (Luhn check digit) per number, none of them in the demo data.</summary>
    internal static string Imei(int n)
    {
        var body = (35012300000000L + n).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return body + (char)('0' + (10 - sum % 10) % 10);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Ms(double value) => value.ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(double a, double b) => (a / b).ToString("F2", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(Ms));
}
