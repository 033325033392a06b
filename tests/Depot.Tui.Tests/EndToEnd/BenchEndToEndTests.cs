using System.Text.Json;
using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The real <c>depot</c> under tmux, on a fresh database set up through the CLI.</summary>
public sealed class BenchEndToEndTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-e2e-{Guid.NewGuid():N}.db");

    private string[] Db => ["--db", _db, "--operator", "e2e"];

    [TmuxFact]
    public void Receive_at_scanner_speed_inspect_send_to_partner_and_decline_only_after_asking()
    {
        var announced = Enumerable.Range(1, 5).Select(i => Imeis.Make(100 + i)).ToArray();
        var unknown = Imeis.Make(200);
        var invalid = Imeis.Broken(300);
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        DepotProcess.Must([.. Db, "model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK"]);
        DepotProcess.Must([.. Db, "partner", "add", "NORDREP", "--name", "Nordic Repair AB"]);
        for (var i = 0; i < announced.Length; i++)
        {
            DepotProcess.Must([.. Db, "case", "open", $"SR-{i + 1}", "--owner", "ACME", "--kind", "swap"]);
            DepotProcess.Must([.. Db, "announce", announced[i], "--case", $"SR-{i + 1}", "--model", "IP15"]);
        }

        using (var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 120, 40))
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

            // Inspect the first as not covered (cosmetic) with a quote.
            tmux.Key("F3");
            tmux.WaitFor("Waiting for inspection: 5");
            tmux.Scan(announced[0]);
            tmux.WaitFor("Outcome?");
            tmux.Type("x");
            tmux.WaitFor("Reason (c, l, t, m or w)");
            tmux.Type("c");
            tmux.Key("Enter");
            tmux.Type("149.00");
            tmux.Key("Enter", "Enter");
            tmux.WaitFor("inspected, now AwaitingApproval");

            // The second: covered fault (nothing covers it: the question says so), then to a partner.
            tmux.Scan(announced[1]);
            tmux.WaitFor("Outcome?");
            tmux.Type("c");
            tmux.WaitFor("Nothing covers this unit today");
            tmux.Key("Enter");
            tmux.WaitFor("inspected, now AwaitingRepair");
            tmux.Key("F4");
            tmux.WaitFor("AwaitingApproval");
            tmux.Type("/");
            tmux.WaitFor("Filter /");
            tmux.Type(announced[1]);
            tmux.Key("Enter");
            tmux.WaitFor("1 of 2 unit(s)");
            tmux.Type("s");
            tmux.WaitFor("Partner code");
            tmux.Type("NORDREP");
            tmux.Key("Enter", "Enter");
            tmux.WaitFor("SendToPartner → AtPartner");

            // Decline asks first and says what it charges; n leaves the unit where it is.
            tmux.Key("Escape");
            tmux.WaitFor("2 of 2 unit(s)");
            tmux.Type("/");
            tmux.WaitFor("Filter /");
            tmux.Type(announced[0]);
            tmux.Key("Enter");
            tmux.WaitFor("1 of 2 unit(s)");
            tmux.Type("d");
            tmux.WaitFor("20.00 EUR");
            Assert.Equal("AwaitingApproval", StateOf(announced[0]));
            tmux.Type("n");
            tmux.WaitFor("nothing changed");
            Assert.Equal("AwaitingApproval", StateOf(announced[0]));

            tmux.Key("C-c");
            Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        }

        Assert.Equal("AwaitingApproval", StateOf(announced[0]));
        Assert.Equal("AtPartner", StateOf(announced[1]));
        Assert.All(announced[2..], imei => Assert.Equal("Received", StateOf(imei)));
        Assert.Equal("Quarantine", StateOf(unknown));
        var (exit, _, error) = DepotProcess.Run([.. Db, "unit", "show", invalid, "--json"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("check digit", error);
    }

    private string StateOf(string imei)
    {
        using var json = JsonDocument.Parse(DepotProcess.Must([.. Db, "unit", "show", imei, "--json"]));
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
