using System.Text.Json;
using Depot.Tui.Tests.Durability;

namespace Depot.Tui.Tests.SharedServer;

/// <summary>The whole swap cycle through the real <c>depot</c>, every verb a process of its own pointed at a PostgreSQL URL.</summary>
public sealed class SwapCycleOnServerTests : IDisposable
{
    private const string Defective = "356938035643809";
    private const string PoolUnit = "356938030387980";

    private readonly ServerDepot _depot = new();

    [Fact]
    public void A_swap_case_runs_from_opening_to_closed_on_a_server_depot_and_the_check_is_clean()
    {
        Assert.Contains("created", Ok("init"));
        Ok("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "100");
        Ok("model", "add", "IP15-128", "--name", "iPhone 15", "--retail-price", "9495.00", "--currency", "SEK");
        Ok("partner", "add", "NORDREP", "--name", "Nordic Repair AB");
        Ok("intake", PoolUnit, "--owner", "NORDBANK", "--model", "IP15-128", "--bin", "A-01");

        Assert.Contains("announced", Ok("case", "open", "SR-1", "--owner", "NORDBANK", "--kind", "swap", "--imei", Defective,
            "--model", "IP15-128", "--customer", "Eva Berg", "--fault", "Screen cracked"));
        Assert.Contains("reserved for case SR-1", Ok("case", "reserve", "SR-1"));
        Assert.Contains("return due", Ok("case", "ship", "SR-1"));
        Assert.Contains("Announced -Receive-> Received", Ok("receive", Defective));
        Assert.Contains("Received -Inspect-> AwaitingRepair", Ok("inspect", Defective, "--outcome", "covered"));
        Assert.Contains("AwaitingRepair -SendToPartner-> AtPartner", Ok("send", Defective, "--partner", "NORDREP"));
        Assert.Contains("AtPartner -PartnerResult-> QualityCheck", Ok("result", Defective, "--outcome", "repaired"));
        Assert.Contains("QualityCheck -PassQc-> Available", Ok("qc", Defective, "--pass"));

        using var serviceCase = JsonDocument.Parse(Ok("case", "show", "SR-1", "--json"));
        Assert.Equal("closed", serviceCase.RootElement.GetProperty("status").GetString());
        Assert.Equal([("defective", "Available"), ("swap", "WithUser")],
            serviceCase.RootElement.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("role").GetString()!, u.GetProperty("state").GetString()!)));
        using var unit = JsonDocument.Parse(Ok("unit", "show", Defective, "--json"));
        Assert.Equal(["Announce", "Receive", "Inspect", "SendToPartner", "PartnerResult", "PassQc"],
            unit.RootElement.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("trigger").GetString()!));

        var check = Ok("check");
        Assert.Contains("OK: 2 units, 9 events", check);
        Assert.DoesNotContain("differ", check);
    }

    private string Ok(params string[] args)
    {
        var (exit, output, error) = DepotProcess.Run(null, ["--db", _depot.Url, "--operator", "bench-1", .. args]);
        Assert.True(exit == 0, $"depot {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    public void Dispose() => _depot.Dispose();
}
