using Depot.Core.Cases;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
using Depot.Core.Reports;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Reports;

/// <summary>The figures kept for the quality report follow every step in its own unit of work and always equal a recount.</summary>
public sealed class ReportCountsTests
{
    private static readonly string Pool1 = CasesTestDepot.Imei(401), Pool2 = CasesTestDepot.Imei(402);
    private static readonly string Broken1 = CasesTestDepot.Imei(411), Broken2 = CasesTestDepot.Imei(412);

    private static CasesTestDepot Busy()
    {
        var depot = new CasesTestDepot("2026-10-05 08:00");
        depot.Stock(Pool1);
        depot.Stock(Pool2);
        var cases = new CaseService(depot.Context);
        depot.At("2026-10-05 10:00");
        cases.OpenWithDevice("A", "NORDBANK", CaseKind.Swap, Broken1, "IP15-128", new CaseDetails("Eva", Fault: "Dead"));
        cases.ReserveSwap("A", Pool1);
        cases.ShipSwap("A");
        depot.At("2026-10-08 09:00");
        depot.Units.Receive(Broken1);
        depot.Units.Inspect(Broken1, InspectionOutcome.CoveredFault);
        depot.Units.SendToPartner(Broken1, "NORDREP");
        depot.At("2026-11-02 09:00");
        depot.Units.PartnerResult(Broken1, PartnerOutcome.Repaired);
        depot.Units.PassQc(Broken1);
        depot.At("2026-11-03 09:00");
        cases.OpenWithDevice("B", "NORDBANK", CaseKind.Repair, Broken2, "IP15-128", new CaseDetails("Ola", Fault: "Cracked"));
        depot.At("2026-11-05 09:00");
        depot.Units.Receive(Broken2);
        depot.Units.Inspect(Broken2, InspectionOutcome.BeyondRepair);
        depot.At("2026-12-01 09:00");
        return depot;
    }

    [Fact]
    public void Steps_through_the_services_keep_every_figure_equal_to_a_recount()
    {
        using var depot = Busy();
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());
        Assert.Equal(StraightQualityReport.Rows(depot.Context, "NORDBANK"), new QualityReport(depot.Context).Rows("NORDBANK"));
        var october = new QualityReport(depot.Context).Rows("NORDBANK", "2026-10")[0];
        Assert.Equal((1, 0, 1, 1), (october.CasesOpened, october.CasesClosed, october.SwapsShipped, october.PoolAvailableEnd));
        var november = new QualityReport(depot.Context).Rows("NORDBANK", "2026-11")[0];
        Assert.Equal((1, 2, 25m, 1m), (november.CasesOpened, november.CasesClosed, november.MedianDaysInRepair, november.BeyondRepairRate));
    }

    [Fact]
    public void A_case_opened_without_a_unit_counts_in_its_month_before_any_unit_joins_it()
    {
        using var depot = Busy();
        new CaseService(depot.Context).Open("C", "NORDBANK", CaseKind.Swap);
        var december = Assert.Single(new QualityReport(depot.Context).Rows("NORDBANK", "2026-12"));
        Assert.Equal(1, december.CasesOpened);
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());

        new CaseService(depot.Context).ReserveSwap("C", Pool2);
        Assert.Equal(1, new QualityReport(depot.Context).Rows("NORDBANK", "2026-12")[0].CasesOpened);
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());
    }

    [Fact]
    public void A_tampered_figure_is_reported_and_a_rebuild_counts_it_again()
    {
        using var depot = Busy();
        var owner = new Owners.Catalog(depot.Context).RequireOwner("NORDBANK");
        var key = ReportCounts.QualityKey(owner.Id, new DateOnly(2026, 11, 1), QualityFigure.Closed);
        depot.Context.Write(w => w.AddToCounter(key, 5));

        var problem = Assert.Single(new IntegrityCheck(depot.Context).ReportCounts());
        Assert.Equal($"{key} (NORDBANK): kept 7, a recount gives 2", problem.ToString());

        Assert.Equal(1, depot.Context.Write(w => ReportCounts.Rebuild(depot.Context, w)));
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());
        Assert.Equal(2, new QualityReport(depot.Context).Rows("NORDBANK", "2026-11")[0].CasesClosed);
    }

    [Fact]
    public void An_owner_correction_takes_the_units_month_end_pool_to_its_new_owner()
    {
        using var depot = Busy();
        var stray = depot.Stock(CasesTestDepot.Imei(421), owner: "FJORDTEL", bin: "B-01");
        var counts = new CountService(depot.Context);
        var session = counts.Start(CountScope.Owner, "NORDBANK").Id;
        counts.Scan(session, Pool2, "A-01");
        counts.Scan(session, stray, "A-01");
        counts.Resolve(session, stray, DifferenceKind.WrongOwner, Resolution.CorrectOwner, "bought for Nordbank", "NORDBANK");

        var report = new QualityReport(depot.Context);
        Assert.Equal(3, report.Rows("NORDBANK", "2026-12")[0].PoolAvailableEnd);
        Assert.Equal(0, report.Rows("FJORDTEL", "2026-12")[0].PoolAvailableEnd);
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());
        Assert.Empty(new IntegrityCheck(depot.Context).PoolCounts());
    }
}
