using System.Text.Json;
using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The real <c>depot</c> under tmux, on a fresh database set up through the CLI.</summary>
public sealed class BenchEndToEndTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-e2e-{Guid.NewGuid():N}.db");

    [TmuxFact]
    public void Receive_at_scanner_speed_inspect_and_send_to_partner_through_the_ui()
    {
        var announced = Enumerable.Range(1, 5).Select(i => Imeis.Make(100 + i)).ToArray();
        var unknown = Imeis.Make(200);
        var invalid = Imeis.Broken(300);
        var db = new[] { "--db", _db, "--operator", "e2e" };
        DepotProcess.Must([.. db, "init"]);
        DepotProcess.Must([.. db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        DepotProcess.Must([.. db, "model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK"]);
        for (var i = 0; i < announced.Length; i++)
        {
            DepotProcess.Must([.. db, "case", "open", $"SR-{i + 1}", "--owner", "ACME", "--kind", "swap"]);
            DepotProcess.Must([.. db, "announce", announced[i], "--case", $"SR-{i + 1}", "--model", "IP15"]);
        }

        using (var tmux = Tmux.Start(DepotProcess.CommandLine(db), 120, 40))
        {
            tmux.WaitFor("Units by state");
            tmux.Key("F2");
            tmux.WaitFor("Scan:");
            tmux.Scan([.. announced, unknown, invalid]);
            var dock = tmux.WaitFor("This sitting: 6 scanned");
            tmux.WaitFor("check digit");
            foreach (var imei in announced.Append(unknown))
            {
                Assert.Contains(imei, dock);
            }

            // Inspect the first as NotCovered (cosmetic) with a quote.
            tmux.Key("F3");
            tmux.WaitFor("Waiting for inspection: 5");
            tmux.Type(announced[0]);
            tmux.Key("Enter");
            tmux.WaitFor("Outcome?");
            tmux.Type("x");
            tmux.WaitFor("Why not covered?");
            tmux.Type("c");
            tmux.WaitFor("Quote amount");
            tmux.Type("149.00");
            tmux.Key("Enter");
            tmux.WaitFor("Note (optional)");
            tmux.Key("Enter");
            tmux.WaitFor("Enter confirms");
            tmux.Key("Enter");
            tmux.WaitFor("inspected, now AwaitingApproval");

            // The second: covered fault, then to a partner from the repair board.
            tmux.Type(announced[1]);
            tmux.Key("Enter");
            tmux.WaitFor("Outcome?");
            tmux.Type("c");
            tmux.WaitFor("Note (optional)");
            tmux.Key("Enter", "Enter");
            tmux.WaitFor("inspected, now AwaitingRepair");
            tmux.Key("F4");
            tmux.WaitFor("AwaitingApproval");
            tmux.Type("/");
            tmux.Type(announced[1]);
            tmux.Key("Enter");
            tmux.WaitFor("1 of 2 unit(s)");
            tmux.Type("s");
            tmux.WaitFor("to partner:");
            tmux.Type("NORDREP");
            tmux.Key("Enter");
            tmux.WaitFor("SendToPartner → AtPartner");

            tmux.Key("C-c");
            Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        }

        Assert.Equal("AwaitingApproval", StateOf(announced[0]));
        Assert.Equal("AtPartner", StateOf(announced[1]));
        Assert.All(announced[2..], imei => Assert.Equal("Received", StateOf(imei)));
        Assert.Equal("Quarantine", StateOf(unknown));
        var (exit, _, error) = DepotProcess.Run([.. db, "unit", "show", invalid, "--json"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("check digit", error);
    }

    private string StateOf(string imei)
    {
        using var json = JsonDocument.Parse(DepotProcess.Must("--db", _db, "unit", "show", imei, "--json"));
        return json.RootElement.GetProperty("state").GetString()!;
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
