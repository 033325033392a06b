using System.Text;
using Depot.Core.Cases;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Exchange;

/// <summary>The overdue-returns and quality-report exports: exact columns, the report's numbers, the filters.</summary>
public sealed class ReportExportsTests : IDisposable
{
    private static readonly string Defective = CasesTestDepot.Imei(1);
    private static readonly string PoolUnit = CasesTestDepot.Imei(2);
    private readonly CasesTestDepot _depot = new("2026-11-16 08:00");

    /// <summary>A swap shipped Friday 20 November 2026 (due 4 December) whose defective unit is not back on Tuesday 8 December.</summary>
    public ReportExportsTests()
    {
        _depot.Stock(PoolUnit);
        var cases = new CaseService(_depot.Context);
        _depot.At("2026-11-20 13:59");
        cases.OpenWithDevice("SR-1", "NORDBANK", CaseKind.Swap, Defective, "IP15-128",
            new CaseDetails("=Eva Berg", null, null, null, "Screen cracked"));
        cases.ReserveSwap("SR-1");
        _depot.At("2026-11-20 16:30");
        cases.ShipSwap("SR-1");
        _depot.At("2026-12-08 09:00");
    }

    public void Dispose() => _depot.Dispose();

    private string Export(string kind, ExportFilter? filter = null, ExportDialect dialect = ExportDialect.Default)
    {
        using var buffer = new MemoryStream();
        ExchangeKinds.FindExport(kind)!.Run(_depot.Context, filter ?? new(), buffer, dialect, leaveOpen: true);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Overdue_returns_lists_the_late_case_with_its_charge()
    {
        Assert.Equal(
            "ticket,owner,customer,imei_out,imei_due,shipped,due,working_days_late,charge,currency,received\n"
            + $"SR-1,NORDBANK,\"'=Eva Berg\",{PoolUnit},{Defective},2026-11-20,2026-12-04,2,9495,SEK,\n",
            Export("overdue-returns"));
    }

    [Fact]
    public void Overdue_returns_gives_a_late_return_the_time_it_was_received_in_the_depots_zone()
    {
        _depot.At("2026-12-08 09:15");
        new Depot.Core.Units.UnitService(_depot.Context).Receive(Defective);

        Assert.Equal(
            "ticket,owner,customer,imei_out,imei_due,shipped,due,working_days_late,charge,currency,received\n"
            + $"SR-1,NORDBANK,\"'=Eva Berg\",{PoolUnit},{Defective},2026-11-20,2026-12-04,2,9495,SEK,2026-12-08T09:15:00+01:00\n",
            Export("overdue-returns"));
    }

    [Fact]
    public void Overdue_returns_of_another_owner_is_the_header_only_and_an_unknown_owner_writes_nothing()
    {
        Assert.Equal("ticket,owner,customer,imei_out,imei_due,shipped,due,working_days_late,charge,currency,received\n",
            Export("overdue-returns", new ExportFilter(OwnerCode: "fjordtel")));

        using var buffer = new MemoryStream();
        Assert.Throws<RefusedException>(() => ExchangeKinds.FindExport("overdue-returns")!.Run(_depot.Context, new ExportFilter(OwnerCode: "NOBODY"), buffer, ExportDialect.Default, leaveOpen: true));
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void Quality_report_has_its_columns_and_the_reports_numbers_per_owner_and_month()
    {
        var lines = Export("quality-report", new ExportFilter(OwnerCode: "NORDBANK")).TrimEnd('\n').Split('\n');
        Assert.Equal(
            "owner,month,cases_opened,cases_closed,swaps_shipped,median_days_to_ship,median_days_in_repair,"
            + "no_fault_found_rate,not_covered_rate,beyond_repair_rate,overdue_returns,pool_target,pool_available_end",
            lines[0]);
        Assert.Equal(["NORDBANK,2026-11,1,0,1,0,,0,0,0,0,8,0", "NORDBANK,2026-12,0,0,0,,,0,0,0,1,8,0"], lines[1..]);
    }

    [Fact]
    public void Quality_report_month_filter_gives_every_owner_that_month()
    {
        var lines = Export("quality-report", new ExportFilter(Month: "2026-12"), ExportDialect.Excel).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("NORDBANK;2026-12;0;0;0;;;0;0;0;1;8;0", lines);
        Assert.Contains("FJORDTEL;2026-12;0;0;0;;;0;0;0;0;5;0", lines);
        Assert.Throws<RefusedException>(() => Export("quality-report", new ExportFilter(Month: "December")));
    }
}
