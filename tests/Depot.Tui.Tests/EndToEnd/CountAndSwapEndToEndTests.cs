using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The real <c>depot</c> under tmux: a bin counted at scanner speed and resolved, a swap reserved and shipped.</summary>
public sealed class CountAndSwapEndToEndTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-e2e-{Guid.NewGuid():N}.db");

    [TmuxFact]
    public void Count_a_bin_at_scanner_speed_resolve_it_and_ship_a_swap_through_the_ui()
    {
        var shelf = Enumerable.Range(1, 4).Select(i => Imeis.Make(400 + i)).ToArray();
        var db = new[] { "--db", _db, "--operator", "e2e" };
        DepotProcess.Must([.. db, "init"]);
        DepotProcess.Must([.. db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        DepotProcess.Must([.. db, "model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK"]);
        foreach (var imei in shelf)
        {
            DepotProcess.Must([.. db, "intake", imei, "--owner", "ACME", "--model", "IP15", "--bin", "A-01"]);
        }

        DepotProcess.Must([.. db, "case", "open", "SR-1", "--owner", "ACME", "--kind", "swap", "--imei", Imeis.Make(499), "--model", "IP15",
            "--customer", "Ann", "--fault", "cracked"]);

        using (var tmux = Tmux.Start(DepotProcess.CommandLine(db), 120, 40))
        {
            tmux.WaitFor("Units by state");
            tmux.Key("F10");
            tmux.WaitFor("No count sessions yet");
            tmux.Type("b");
            tmux.WaitFor("Start count");
            tmux.Type("A-01");
            tmux.Key("Enter");
            tmux.WaitFor("Scan:");
            tmux.Scan([shelf[0], shelf[1], shelf[2], shelf[2]]);
            tmux.WaitFor("4 scan(s)");
            tmux.WaitFor("scanned twice");

            // The fourth unit was not on the shelf: moved to B-07; the double scan dismissed.
            tmux.Key("Tab");
            tmux.WaitFor("can be:");
            tmux.Type("m");
            tmux.WaitFor("Move to bin");
            tmux.Type("B-07");
            tmux.Key("Enter");
            tmux.Type("on the returns trolley");
            tmux.Key("Enter");
            tmux.WaitFor("MoveBin to B-07");
            tmux.Type("x");
            tmux.WaitFor("Reason (kept with the resolution)");
            tmux.Type("scanned twice");
            tmux.Key("Enter");
            tmux.WaitFor("0 open difference(s)");
            tmux.Type("e");
            tmux.WaitFor("count session 1 closed");

            tmux.Key("F7");
            tmux.WaitFor("SR-1");
            tmux.Key("Enter");
            tmux.WaitFor("Reserve from the pool");
            tmux.Type("s");
            tmux.WaitFor("Available → Reserved");
            tmux.Type("y");
            tmux.WaitFor("reserved for case SR-1");
            tmux.Type("p");
            tmux.WaitFor("Reserved → WithUser");
            tmux.Type("y");
            tmux.WaitFor("return due");
            tmux.Key("C-c");
            Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        }

        var count = DepotProcess.Must([.. db, "count", "show", "1"]);
        Assert.Contains("closed", count);
        Assert.Contains("B-07", DepotProcess.Must([.. db, "unit", "show", shelf[3]]));
        var swap = DepotProcess.Must([.. db, "case", "show", "SR-1"]);
        Assert.Contains("WithUser", swap);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
