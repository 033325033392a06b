using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Reports;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Reports;

public sealed class QualityReportTests
{
    private static readonly string P1 = CasesTestDepot.Imei(201), P2 = CasesTestDepot.Imei(202), P3 = CasesTestDepot.Imei(203);
    private static readonly string DA = CasesTestDepot.Imei(211), DB = CasesTestDepot.Imei(212), DC = CasesTestDepot.Imei(213), DD = CasesTestDepot.Imei(214);

    /// <summary>
    /// November 2026 for NORDBANK (target ceil(100 x 8%) = 8):
    /// A swap, registered Mon 2 Nov 10:00, shipped the same day (0 working days), defective NFF,
    ///   received 4 Nov, passed QC 6 Nov (2 days in repair), back in the pool: closed 6 Nov.
    /// B swap, registered Fri 6 Nov 15:00 (after the cut-off), shipped Mon 9 Nov (1 working day),
    ///   defective not covered, quote declined, shipped back 12 Nov: closed 12 Nov.
    /// C repair, registered 16 Nov, beyond repair 17 Nov: closed 17 Nov.
    /// D swap, registered 23 Nov, ships DA (repaired in A) the same day (0), due 7 Dec, never returned.
    /// FJORDTEL has a case too, which must not show in NORDBANK's rows. The report runs on 15 Dec.
    /// Hand-computed: Nov opened 4, closed 3, shipped 3, median ship days median(0,1,0) = 0,
    /// median repair days 2, inspections NFF/NotCovered/BER one each = 0.333 each, overdue 0,
    /// available at the end of Nov: P3 only = 1. Dec: nothing opened, closed or shipped, D overdue = 1, available 1.
    /// </summary>
    private static CasesTestDepot Fixture()
    {
        var depot = new CasesTestDepot("2026-11-02 08:00");
        depot.Stock(P1);
        depot.Stock(P2);
        depot.Stock(P3);
        var cases = new CaseService(depot.Context);
        var units = depot.Units;
        CaseDetails Who(string fault) => new("Eva", Fault: fault);

        depot.At("2026-11-02 10:00");
        cases.OpenWithDevice("A", "NORDBANK", CaseKind.Swap, DA, "IP15-128", Who("Reboots"));
        cases.ReserveSwap("A", P1);
        depot.At("2026-11-02 11:00");
        cases.ShipSwap("A");

        depot.At("2026-11-03 10:00");
        depot.Stock(CasesTestDepot.Imei(221), owner: "FJORDTEL");
        cases.OpenWithDevice("F", "FJORDTEL", CaseKind.Swap, CasesTestDepot.Imei(222), "IP15-128", Who("Dead"));
        cases.ReserveSwap("F");
        cases.ShipSwap("F");

        depot.At("2026-11-04 09:00");
        units.Receive(DA);
        units.Inspect(DA, InspectionOutcome.NoFaultFound);
        depot.At("2026-11-06 10:00");
        units.PassQc(DA);

        depot.At("2026-11-06 15:00");
        cases.OpenWithDevice("B", "NORDBANK", CaseKind.Swap, DB, "IP15-128", Who("Water"));
        cases.ReserveSwap("B", P2);
        depot.At("2026-11-09 10:00");
        cases.ShipSwap("B");
        depot.At("2026-11-10 10:00");
        units.Receive(DB);
        units.Inspect(DB, InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Money(300m, "EUR"));
        depot.At("2026-11-11 10:00");
        units.Decline(DB);
        depot.At("2026-11-12 10:00");
        units.Ship(DB);

        depot.At("2026-11-16 09:00");
        cases.OpenWithDevice("C", "NORDBANK", CaseKind.Repair, DC, "IP15-128", Who("Bent"));
        depot.At("2026-11-17 09:00");
        units.Receive(DC);
        units.Inspect(DC, InspectionOutcome.BeyondRepair);

        depot.At("2026-11-23 09:00");
        cases.OpenWithDevice("D", "NORDBANK", CaseKind.Swap, DD, "IP15-128", Who("Battery"));
        cases.ReserveSwap("D", DA);
        cases.ShipSwap("D");

        depot.At("2026-12-15 12:00");
        return depot;
    }

    [Fact]
    public void The_quality_report_matches_the_numbers_computed_by_hand()
    {
        using var depot = Fixture();
        var rows = new QualityReport(depot.Context).Rows("NORDBANK");
        Assert.Equal(
            [
                new QualityReportRow("NORDBANK", "2026-11", 4, 3, 3, 0m, 2m, 0.333m, 0.333m, 0.333m, 0, 8, 1),
                new QualityReportRow("NORDBANK", "2026-12", 0, 0, 0, null, null, 0m, 0m, 0m, 1, 8, 1),
            ],
            rows);
        Assert.Equal(StraightQualityReport.Rows(depot.Context, "NORDBANK"), rows);
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());
    }

    [Fact]
    public void One_month_of_one_owner_and_other_owners_kept_apart()
    {
        using var depot = Fixture();
        var report = new QualityReport(depot.Context);
        var fjordtel = Assert.Single(report.Rows("FJORDTEL", "2026-11"));
        Assert.Equal((1, 0, 1, 5), (fjordtel.CasesOpened, fjordtel.CasesClosed, fjordtel.SwapsShipped, fjordtel.PoolTarget));
        Assert.Equal(["FJORDTEL", "NORDBANK"], report.Rows(month: "2026-11").Select(r => r.Owner));
        Assert.Throws<RefusedException>(() => report.Rows(month: "November"));
    }

    [Fact]
    public void The_case_closed_before_its_repaired_unit_served_another_case_keeps_its_closing_time()
    {
        using var depot = Fixture();
        var a = new CaseService(depot.Context).Overview("A");
        Assert.Equal(CaseStatus.Closed, a.Status);
        Assert.Equal(CasesTestDepot.Local("2026-11-06 10:00"), a.Case.ClosedAt);
        var d = new CaseService(depot.Context).Overview("D");
        Assert.Equal(CaseStatus.Overdue, d.Status);
    }
}
