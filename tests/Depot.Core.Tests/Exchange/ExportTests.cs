using System.Text;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

public sealed class ExportTests : IDisposable
{
    private const string Header = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until";
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Units_export_then_import_round_trips_exactly()
    {
        var canonical = Header + "\n"
            + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,NOR-01,2025-01-15,2026-01-15,\n"
            + $"{ExchangeTestDepot.Imei(2)},SN-ALIAS-2,SGA55-128,FJORDTEL,B,\"FJO,2\",,,2027-02-28\n"
            + ",SN12345X,SGA55-128,FJORDTEL,C,,,,\n";
        _depot.Import("units", canonical);
        var exported = _depot.Export("units");
        Assert.Equal(canonical, exported);

        using var other = new ExchangeTestDepot();
        var (result, _) = other.Import("units", exported);
        Assert.Equal((3, 0), (result.Applied, result.Rejected));
        Assert.Equal(exported, other.Export("units"));
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe()
    {
        _depot.Import("units", Header + $"\n{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,=HYPERLINK(\"x\"),,,\n{ExchangeTestDepot.Imei(2)},,IP15-128,NORDBANK,A,@cmd,,,\n");
        var lines = _depot.Export("units").Split('\n');
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[1]);
        Assert.Contains(",\"'@cmd\",", lines[2]);
    }

    [Fact]
    public void Excel_dialect_writes_a_bom_semicolons_and_decimal_commas()
    {
        _depot.Import("units", Header + $"\n{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n");
        using var buffer = new MemoryStream();
        using (var export = new CsvExport(buffer, Depot.Core.Exchange.Reading.ColumnSet.Of("name", "amount", "day"), ExportDialect.Excel, TimeZoneInfo.Utc, leaveOpen: true))
        {
            export.Text("a;b").Number(12.5m).Date(new DateOnly(2025, 3, 31)).EndRow();
            export.Text("-1").Number(-3m).Date(null).EndRow();
        }

        var bytes = buffer.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("name;amount;day\n\"a;b\";12,5;2025-03-31\n\"'-1\";-3;\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.StartsWith("imei;serial;", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(_depot.Export("units", ExportDialect.Excel))).TrimStart('\uFEFF'));
    }

    [Fact]
    public void Default_dialect_has_no_bom_and_uses_points()
    {
        using var buffer = new MemoryStream();
        using (var export = new CsvExport(buffer, Depot.Core.Exchange.Reading.ColumnSet.Of("amount"), ExportDialect.Default, TimeZoneInfo.Utc, leaveOpen: true))
        {
            export.Number(1234.5m).EndRow();
        }

        Assert.Equal("amount\n1234.5\n", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Theory]
    [InlineData("units")]
    [InlineData("pool-levels")]
    [InlineData("overdue-returns")]
    [InlineData("quality-report")]
    public void An_unknown_owner_is_refused_with_the_known_ones_and_nothing_is_written(string kind)
    {
        using var buffer = new MemoryStream();
        var refused = Assert.Throws<RefusedException>(() =>
            ExchangeKinds.FindExport(kind)!.Run(_depot.Context, new ExportFilter(OwnerCode: "NOPE"), buffer, ExportDialect.Default));
        Assert.Equal("no owner with code \"NOPE\" (known: FJORDTEL, NORDBANK)", refused.Message);
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void Units_export_finds_the_owner_however_the_filter_spells_it()
    {
        _depot.Import("units", Header + $"\n{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n");
        var lines = _depot.Export("units", filter: new ExportFilter(OwnerCode: " nordbank ")).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Pool_levels_export_has_an_owner_line_and_a_line_per_model()
    {
        _depot.Import("units", Header + $"\n{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n{ExchangeTestDepot.Imei(2)},,SGA55-128,NORDBANK,A,,,,\n");
        var lines = _depot.Export("pool-levels").TrimEnd('\n').Split('\n');
        Assert.Equal("owner,model,available,reserved,in_repair,target,shortfall", lines[0]);
        Assert.Contains("NORDBANK,,2,0,0,32,30", lines);
        Assert.Contains("NORDBANK,IP15-128,1,0,0,16,15", lines);
        Assert.Contains("FJORDTEL,,0,0,0,20,20", lines);
    }

    [Fact]
    public void Repair_orders_export_lists_one_partners_orders_since_a_day()
    {
        var imei = RepairResultsImportTests.AtPartner(_depot, 1, "BOARDLAB");
        _depot.Clock.Advance(TimeSpan.FromDays(2));
        RepairResultsImportTests.AtPartner(_depot, 2, "NORDREP");

        var lines = _depot.Export("repair-orders", filter: new ExportFilter(Partner: "boardlab")).TrimEnd('\n').Split('\n');
        Assert.Equal("order,partner,imei,serial,model,owner,ticket,fault_code,fault,accessories,sent", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($",BOARDLAB,{imei},,IP15-128,NORDBANK,SR-1,,,,2025-03-10T10:00:00+01:00", row); // the depot's zone, with its offset
        Assert.Single(_depot.Export("repair-orders", filter: new ExportFilter(Partner: "BOARDLAB", Since: new DateOnly(2025, 3, 10))).TrimEnd('\n').Split('\n')[1..]);
        Assert.Empty(_depot.Export("repair-orders", filter: new ExportFilter(Partner: "BOARDLAB", Since: new DateOnly(2025, 3, 11))).TrimEnd('\n').Split('\n')[1..]);
        Assert.Equal(UnitState.AtPartner, new UnitService(_depot.Context).Require(imei).State);
    }
}
