using System.Globalization;
using System.Text.Json;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// One time zone: the depot's setting, never the machine's. The depot here is set to a zone whose
/// offset differs from the machine's, so a time shown in the machine's zone cannot pass.
/// </summary>
public sealed class DepotTimeZoneCliTests : IDisposable
{
    private const string Imei = "356938039733960";

    private readonly CliRun _cli = new();
    private readonly TimeZoneInfo _zone;

    public DepotTimeZoneCliTests()
    {
        var now = DateTimeOffset.UtcNow;
        _zone = new[] { "Asia/Tokyo", "America/New_York" }.Select(TimeZoneInfo.FindSystemTimeZoneById)
            .First(z => z.GetUtcOffset(now) != TimeZoneInfo.Local.GetUtcOffset(now));
        _cli.Ok("settings", "set", "time_zone", _zone.Id);
        _cli.Ok("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "100");
        _cli.Ok("model", "add", "IP15-128", "--name", "iPhone 15", "--retail-price", "9495.00", "--currency", "SEK");
        _cli.Ok("partner", "add", "NORDREP", "--name", "Nordic Repair AB");
    }

    public void Dispose() => _cli.Dispose();

    private string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public void Case_show_unit_show_and_the_repair_orders_export_agree_on_times_in_the_depots_zone()
    {
        var alerts = _cli.Write("alerts.csv", $"ticket,imei,model,owner,kind,fault,reported\nSR-7,{Imei},IP15-128,NORDBANK,repair,No sound,2026-12-02T13:30\n");
        _cli.Ok("import", "pre-alerts", alerts);
        _cli.Ok("receive", Imei);
        var caseAtReceipt = _cli.Ok("case", "show", "SR-7");
        using var caseAtReceiptJson = JsonDocument.Parse(_cli.Ok("case", "show", "SR-7", "--json"));
        _cli.Ok("inspect", Imei, "--outcome", "covered");
        _cli.Ok("send", Imei, "--partner", "NORDREP");

        using var unit = JsonDocument.Parse(_cli.Ok("unit", "show", Imei, "--json"));
        DateTimeOffset At(string trigger) => unit.RootElement.GetProperty("history").EnumerateArray()
            .Single(e => e.GetProperty("trigger").GetString() == trigger).GetProperty("at").GetDateTimeOffset();
        var received = At("Receive");
        var sent = At("SendToPartner");
        using var serviceCase = JsonDocument.Parse(_cli.Ok("case", "show", "SR-7", "--json"));
        var reported = serviceCase.RootElement.GetProperty("reported").GetDateTimeOffset();
        var orders = _cli.Ok("export", "repair-orders", "--partner", "NORDREP").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // The pre-alert's offset-less time is the depot's wall clock, and shown as given.
        Assert.Equal("2026-12-02 13:30", Shown(reported));
        Assert.Contains("Registered  2026-12-02 13:30", _cli.Ok("case", "show", "SR-7"));
        var text = _cli.Ok("unit", "show", Imei);
        Assert.Contains($"  {Shown(received)}  tester       Receive", text);
        Assert.Contains($"Received         since {Shown(received)}", caseAtReceipt);
        Assert.Equal(received, caseAtReceiptJson.RootElement.GetProperty("units")[0].GetProperty("since").GetDateTimeOffset());
        Assert.Contains($"  {Shown(sent)}  tester       SendToPartner", text);
        Assert.Contains($"since {Shown(sent)}", text);
        var sentColumn = orders[0].Split(',').ToList().IndexOf("sent");
        var exported = orders[1].Split(',')[sentColumn];
        Assert.Equal(TimeZoneInfo.ConvertTime(sent, _zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), exported);
        Assert.StartsWith(Shown(sent).Replace(' ', 'T'), exported);
    }

    [Fact]
    public void Imports_list_shows_when_in_the_depots_zone()
    {
        var file = _cli.Write("units.csv", $"imei,model,owner\n{Imei},IP15-128,NORDBANK\n");
        _cli.Ok("import", "units", file);
        using var log = JsonDocument.Parse(_cli.Ok("imports", "--json"));
        var at = log.RootElement[0].GetProperty("at").GetDateTimeOffset();

        Assert.Contains($"{Shown(at)} units", _cli.Ok("imports"));
    }
}
