using Depot.Core.Billing;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Cases;
using Depot.Core.Units;

namespace Depot.Core.Tests.Coverage;

public sealed class CoverageServiceTests
{
    private static readonly string Phone = CasesTestDepot.Imei(401);

    [Fact]
    public void Warranty_care_plan_and_voucher_each_cover_on_their_dates()
    {
        using var depot = new CasesTestDepot();
        depot.Units.Intake(Phone, new UnitDetails("NORDBANK", "IP15-128", Purchased: new DateOnly(2026, 1, 10), CarePlanUntil: new DateOnly(2027, 6, 30)));
        new VoucherService(depot.Context).Register("V-77", Phone, new DateOnly(2026, 1, 10), new DateOnly(2026, 3, 1));
        var unit = depot.Units.Require(Phone);
        var coverage = new CoverageService(depot.Context);

        Assert.Equal([CoverKind.Warranty, CoverKind.CarePlan], coverage.On(unit, new DateOnly(2026, 2, 1)).Covers.Select(c => c.Kind));
        Assert.Equal([CoverKind.Warranty, CoverKind.CarePlan, CoverKind.Voucher], coverage.On(unit, new DateOnly(2027, 1, 9)).Covers.Select(c => c.Kind));
        Assert.Equal([CoverKind.CarePlan, CoverKind.Voucher], coverage.On(unit, new DateOnly(2027, 1, 10)).Covers.Select(c => c.Kind));
        Assert.Equal("care plan until 2027-06-30, voucher V-77", coverage.On(unit, new DateOnly(2027, 1, 10)).Describe());
    }

    [Fact]
    public void Nothing_covers_a_unit_without_dates_or_vouchers()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(Phone);
        var result = new CoverageService(depot.Context).On(depot.Units.Require(Phone), new DateOnly(2026, 11, 16));
        Assert.False(result.Covered);
        Assert.Equal("not covered", result.Describe());
    }

    [Fact]
    public void NotCovered_on_a_covered_unit_is_refused_without_an_explicit_confirmation()
    {
        using var depot = new CasesTestDepot("2026-11-16 09:00");
        depot.Units.Intake(Phone, new UnitDetails("NORDBANK", "IP15-128", WarrantyUntil: new DateOnly(2027, 1, 31)));
        depot.Units.MarkLost(Phone, "test setup");
        depot.Units.Found(Phone);
        depot.Units.Release(Phone, "NORDBANK", "IP15-128");
        var refused = Assert.Throws<RefusedException>(() =>
            depot.Units.Inspect(Phone, InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(80m, "EUR")));
        Assert.Contains("warranty until 2027-01-31", refused.Message);
        Assert.Equal(UnitState.Received, depot.Units.Require(Phone).State);

        var e = depot.Units.Inspect(Phone, InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(80m, "EUR"), confirmNotCovered: true);
        Assert.Equal(UnitState.AwaitingApproval, e.To);
        Assert.Equal("true", e.Details["confirmed_not_covered"]);
        Assert.Equal("warranty until 2027-01-31", e.Details["coverage"]);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_voucher_registered_more_than_four_months_after_the_units_purchase_does_not_cover()
    {
        using var depot = new CasesTestDepot();
        depot.Units.Intake(Phone, new UnitDetails("NORDBANK", "IP15-128", Purchased: new DateOnly(2026, 1, 10), WarrantyUntil: new DateOnly(2026, 2, 1)));
        new VoucherService(depot.Context).Register("V-LATE", Phone, new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1));
        new VoucherService(depot.Context).Register("V-IN-TIME", Phone, new DateOnly(2026, 1, 10), new DateOnly(2026, 5, 10));

        var result = new CoverageService(depot.Context).On(depot.Units.Require(Phone), new DateOnly(2026, 11, 16));

        Assert.Equal("voucher V-IN-TIME", result.Describe());
    }

    [Fact]
    public void A_voucher_covers_from_the_day_it_is_registered()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(Phone);
        new VoucherService(depot.Context).Register("V-9", Phone, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));
        var unit = depot.Units.Require(Phone);
        var coverage = new CoverageService(depot.Context);

        Assert.False(coverage.On(unit, new DateOnly(2026, 11, 30)).Covered);
        Assert.True(coverage.On(unit, new DateOnly(2026, 12, 1)).Covered);
    }
}
