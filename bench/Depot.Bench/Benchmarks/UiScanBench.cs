using System.Diagnostics;
using System.Globalization;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// One scan at the dock to its confirmation on screen, in process: the keys go into the shell the
/// real UI uses (Terminal.Gui's ANSI driver, drawing into its buffer, no terminal); the baseline is
/// one typed key drawn. Without tmux's own round trip, this is the UI's part of a scan.
/// </summary>
public sealed class UiScanBench : IBenchmark
{
    public string Name => "ui-scan";

    /// <summary>The CPU time each scan took (all threads of the process), less sensitive than the clock to a machine shared with others.</summary>
    private static Sample? CpuPerScan { get; set; }

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var (scan, key) = InProcess(setup);
        yield return new BenchResult("UI scan to confirmation, in process (Terminal.Gui ANSI driver, no terminal)", scan, "one typed key drawn", key,
            "p95 < 50 ms", scan.Percentile(0.95) < 50,
            string.Create(CultureInfo.InvariantCulture, $"p95 {scan.Percentile(0.95):F1} ms wall clock, CPU time per scan p50 {CpuPerScan!.P50:F1} ms p95 {CpuPerScan.Percentile(0.95):F1} ms: 15 keys and Enter injected, the receive committed, the screen laid out and drawn"));
    }

    /// <summary>
    /// The same scan without tmux or a terminal: the keys go into the shell the real UI uses, the
    /// screen is drawn into Terminal.Gui's buffer; the clock stops when the buffer shows the receipt.
    /// </summary>
    private static (Sample Scan, Sample Key) InProcess(BenchSetup setup)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var database = Path.Combine(setup.Scratch, "in-process.db");
        using var depot = Depot.Core.DepotContext.Open(database, "bench");
        new Depot.Core.Owners.Catalog(depot).AddOwner("ACME", "Acme AB", 100);
        using var app = Terminal.Gui.App.Application.Create();
        app.Init(Terminal.Gui.Drivers.DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(80, 24);
        var bench = new Depot.Tui.Ui.Shell.Bench(depot, Depot.Tui.Ui.Widgets.Look.Mono);
        var watch = Stopwatch.StartNew();
        using var shell = new Depot.Tui.Ui.Shell.DepotShell(bench, () => watch.Elapsed);
        Depot.Tui.Ui.Shell.BenchApp.Wire(app, shell);
        app.Begin(shell);
        shell.Start(new Depot.Tui.Ui.Screens.ReceiveScreen(bench));
        app.LayoutAndDraw();
        var scans = new List<double>();
        var keys = new List<double>();
        var cpu = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < 300; i++)
        {
            var key = Stopwatch.StartNew();
            Terminal.Gui.Testing.InputInjectionExtensions.InjectKey(app, new Terminal.Gui.Input.Key('7'));
            app.LayoutAndDraw();
            keys.Add(key.Elapsed.TotalMilliseconds);
            Terminal.Gui.Testing.InputInjectionExtensions.InjectKey(app, Terminal.Gui.Input.Key.Backspace);
            var imei = UiBench.Imei(100_000 + i);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var c in imei)
            {
                Terminal.Gui.Testing.InputInjectionExtensions.InjectKey(app, new Terminal.Gui.Input.Key(c));
            }

            Terminal.Gui.Testing.InputInjectionExtensions.InjectKey(app, Terminal.Gui.Input.Key.Enter);
            app.LayoutAndDraw();
            if (!(app.Driver.ToString() ?? "").Contains($"{imei}: unknown to the depot", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"scan {imei} not confirmed on screen");
            }

            scans.Add(clock.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        CpuPerScan = new Sample(cpu.Skip(20));

        Environment.SetEnvironmentVariable("DisableRealDriverIO", null);

        // The first 20 of each warm the code up; the rest are the bench's pace.
        return (new Sample(scans.Skip(20)), new Sample(keys.Skip(20)));
    }

}
