using System.Text.Json;
using Depot.Tui.Cli;

namespace Depot.Tui.Tests.CasesCli;

public sealed class CasesCliTests : IDisposable
{
    private const string Defective = "356938035643809";
    private const string PoolUnit = "356938030387980";
    private const string OtherOwners = "353288112624477";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-cases-cli-{Guid.NewGuid():N}.db");

    public CasesCliTests()
    {
        Ok("init");
        Ok("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "100");
        Ok("owner", "add", "FJORDTEL", "--name", "Fjordtel AS", "--fleet", "50");
        Ok("model", "add", "IP15-128", "--name", "iPhone 15", "--retail-price", "9495.00", "--currency", "SEK");
        Ok("intake", PoolUnit, "--owner", "NORDBANK", "--model", "IP15-128", "--bin", "A-01");
        Ok("intake", OtherOwners, "--owner", "FJORDTEL", "--model", "IP15-128", "--bin", "F-01");
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DepotCli.Run(["--db", _db, "--operator", "tester", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Ok(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"depot {string.Join(' ', args)} exited {code}: {error}");
        return output;
    }

    private void OpenCase() => Ok("case", "open", "SR-1", "--owner", "NORDBANK", "--kind", "swap", "--imei", Defective, "--model", "IP15-128",
        "--customer", "Eva Berg", "--fault", "Screen cracked", "--phone", "+46701234567", "--sim-removed", "true", "--answer", "dropped=yes");

    [Fact]
    public void A_case_is_opened_reserved_shipped_and_shown_with_its_dates()
    {
        OpenCase();
        Assert.Contains("reserved for case SR-1", Ok("case", "reserve", "SR-1"));
        Assert.Contains("return due", Ok("case", "ship", "SR-1"));
        using var json = JsonDocument.Parse(Ok("case", "show", "SR-1", "--json"));
        var root = json.RootElement;
        Assert.Equal("Eva Berg", root.GetProperty("customer").GetString());
        Assert.Equal("yes", root.GetProperty("diagnosis").GetProperty("sim_removed").GetString());
        Assert.Equal("open", root.GetProperty("status").GetString());
        Assert.NotNull(root.GetProperty("ship_date").GetString());
        Assert.NotNull(root.GetProperty("due_date").GetString());
        Assert.Equal([("defective", Defective), ("swap", PoolUnit)],
            root.GetProperty("units").EnumerateArray().Select(u => (u.GetProperty("role").GetString()!, u.GetProperty("identifier").GetString()!)));
        Assert.Contains("SR-1", Ok("case", "list", "--owner", "NORDBANK"));
        Assert.Contains("every state equals the fold", Ok("check"));
    }

    [Fact]
    public void Reserving_another_owners_unit_is_refused_with_the_reason_and_nothing_changes()
    {
        OpenCase();
        var (code, _, error) = Run("case", "reserve", "SR-1", "--unit", OtherOwners);
        Assert.Equal(DepotCli.Refused, code);
        Assert.Contains("never serves another owner", error);
        Assert.Contains("Available", Ok("unit", "show", OtherOwners));
    }

    [Fact]
    public void Settings_are_shown_changed_and_validated()
    {
        Assert.Contains("Europe/Stockholm", Ok("settings"));
        Assert.Contains("cut_off = 12:30", Ok("settings", "set", "cut-off", "12:30"));
        Assert.Contains("12:30", Ok("settings", "show"));
        var (code, _, error) = Run("settings", "set", "cut_off", "half past noon");
        Assert.Equal(DepotCli.Refused, code);
        Assert.Contains("HH:mm", error);
    }

    [Fact]
    public void A_count_is_started_scanned_resolved_and_closed()
    {
        Assert.Contains("session 1", Ok("count", "start", "--bin", "A-01"));
        Ok("count", "scan", "1", PoolUnit, PoolUnit);
        Assert.Contains("ScannedTwice", Ok("count", "show", "1"));
        Assert.Equal(DepotCli.Refused, Run("count", "close", "1").Code);
        Assert.Contains("resolved", Ok("count", "resolve", "1", PoolUnit, "--kind", "ScannedTwice", "--action", "Dismiss", "--reason", "double read"));
        Assert.Contains("closed", Ok("count", "close", "1"));
    }

    [Fact]
    public void Pool_overdue_coverage_and_the_quality_report_answer()
    {
        OpenCase();
        Assert.Contains("NORDBANK (Nordbank AB): fleet 100, target 8% = 8; available 1", Ok("pool"));
        Assert.Contains("No overdue returns", Ok("overdue"));
        Assert.Contains("not covered", Ok("coverage", PoolUnit));
        Assert.Contains("NORDBANK", Ok("report", "quality", "--owner", "NORDBANK"));
    }

    [Fact]
    public void The_demo_depot_has_open_overdue_and_closed_cases_and_an_open_count()
    {
        using var output = new StringWriter();
        Assert.Equal(0, DepotCli.Run(["--demo", "case", "list"], output, TextWriter.Null));
        var list = output.ToString();
        Assert.Contains("OVERDUE", list);
        Assert.Contains(" closed ", list);
        Assert.Contains(" open ", list);
        using var counts = new StringWriter();
        Assert.Equal(0, DepotCli.Run(["--demo", "count", "list"], counts, TextWriter.Null));
        Assert.Contains("OPEN", counts.ToString());
        using var pool = new StringWriter();
        Assert.Equal(0, DepotCli.Run(["--demo", "pool"], pool, TextWriter.Null));
        Assert.Contains("BELOW TARGET", pool.ToString());
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
