using System.Text.Json;
using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The real <c>depot</c> under tmux with scanner bursts: nothing lost or reordered, nothing taken as keys.</summary>
public sealed class ScannerEndToEndTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-e2e-{Guid.NewGuid():N}.db");

    private string[] Db => ["--db", _db, "--operator", "e2e"];

    [TmuxFact]
    public void A_burst_of_200_scans_at_the_dock_loses_none_and_keeps_their_order()
    {
        var scans = Enumerable.Range(0, 200).Select(i => Imeis.Make(10_000 + i * 7)).ToArray();
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        using (var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 80, 24))
        {
            tmux.WaitFor("Units by state");
            tmux.Key("F2");
            tmux.WaitFor("Scan:");
            tmux.Scan(scans);
            tmux.WaitFor("This sitting: 200 scanned", 120);
            tmux.Key("C-c");
            Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        }

        // Unknown to the depot, each went to quarantine in the order scanned (longest there first).
        using var json = JsonDocument.Parse(DepotProcess.Must([.. Db, "unit", "list", "--state", "Quarantine", "--json"]));
        var received = json.RootElement.EnumerateArray().Select(u => u.GetProperty("identifier").GetString()).ToArray();
        Assert.Equal(scans, received);
    }

    [TmuxFact]
    public void A_scan_on_Pool_neither_navigates_nor_creates_a_unit()
    {
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        using (var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 80, 24))
        {
            tmux.WaitFor("Units by state");
            tmux.Key("F5");
            tmux.WaitFor("Depot ▸ Pool");
            tmux.Scan("352985104170663", "2SN-778899");
            var screen = tmux.WaitFor("2SN-778899: no unit with this identifier");
            Assert.Contains("Depot ▸ Pool", screen);
            tmux.Key("C-c");
            Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        }

        Assert.NotEqual(0, DepotProcess.Run([.. Db, "unit", "show", "2SN-778899"]).Exit);
        Assert.NotEqual(0, DepotProcess.Run([.. Db, "unit", "show", "352985104170663"]).Exit);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
