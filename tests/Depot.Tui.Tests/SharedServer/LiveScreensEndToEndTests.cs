using System.Diagnostics;
using Depot.Tui.Tests.EndToEnd;
using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.SharedServer;

/// <summary>
/// The real bench UI under tmux on a PostgreSQL depot, while another process (another bench)
/// changes a unit: the screen shows it within a second, without a key being typed.
/// </summary>
public sealed class LiveScreensEndToEndTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);

    private readonly ServerDepot _depot = new();

    [TmuxFact]
    public void A_receive_and_an_inspection_made_on_another_bench_show_on_the_home_and_unit_screens_within_a_second()
    {
        var returned = Imeis.Make(701);
        string[] db = ["--db", _depot.Url, "--operator", "bench-2"];
        DepotProcess.Must([.. db, "init"]);
        DepotProcess.Must([.. db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        DepotProcess.Must([.. db, "model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK"]);
        DepotProcess.Must([.. db, "case", "open", "SR-1", "--owner", "ACME", "--kind", "swap", "--imei", returned, "--model", "IP15",
            "--customer", "Ann", "--fault", "cracked"]);

        using var tmux = Tmux.Start(DepotProcess.CommandLine("--db", _depot.Url, "--operator", "bench-1"), 120, 40);
        tmux.WaitFor("0 today; Enter lists all Received");

        DepotProcess.Must([.. db, "receive", returned]);
        var home = Shown(tmux, "1 today; Enter lists all Received");
        Assert.Matches(@"Received\s+1", home);

        tmux.Scan(returned);
        tmux.WaitFor("Permitted");
        DepotProcess.Must([.. db, "inspect", returned, "--outcome", "nff"]);
        var unit = Shown(tmux, "Inspect Received → QualityCheck by bench-2");
        Assert.Contains("Timeline, newest first: 3 event(s)", unit);

        tmux.Key("C-c");
        Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
    }

    /// <summary>Waits for <paramref name="text"/>, which must come within a second of the other bench's commit.</summary>
    private static string Shown(Tmux tmux, string text)
    {
        var watch = Stopwatch.StartNew();
        var screen = tmux.WaitFor(text, seconds: 10);
        Assert.True(watch.Elapsed < Within, $"\"{text}\" took {watch.Elapsed.TotalMilliseconds:0} ms to show");
        return screen;
    }

    public void Dispose() => _depot.Dispose();
}
