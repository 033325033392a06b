using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;

namespace Depot.Core.Tests.Cases;

public sealed class OwnerIsolationTests
{
    private static readonly string Defective = CasesTestDepot.Imei(11);

    private static CaseService Opened(CasesTestDepot depot)
    {
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice("SR-1", "NORDBANK", CaseKind.Swap, Defective, "IP15-128", new CaseDetails("Eva", Fault: "Dead"));
        return cases;
    }

    [Fact]
    public void Another_owners_unit_is_never_reserved_and_the_refusal_says_why()
    {
        using var depot = new CasesTestDepot();
        var other = depot.Stock(CasesTestDepot.Imei(12), owner: "FJORDTEL");
        var cases = Opened(depot);
        var refused = Assert.Throws<RefusedException>(() => cases.ReserveSwap("SR-1", other));
        Assert.Contains("FJORDTEL", refused.Message);
        Assert.Contains("never serves another owner", refused.Message);
        Assert.Equal(UnitState.Available, depot.Units.Require(other).State);
    }

    [Fact]
    public void An_empty_pool_is_not_filled_from_another_owners_stock()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(CasesTestDepot.Imei(12), owner: "FJORDTEL");
        var cases = Opened(depot);
        var refused = Assert.Throws<RefusedException>(() => cases.ReserveSwap("SR-1", substitute: true));
        Assert.Contains("NORDBANK's pool has no Available unit", refused.Message);
    }

    [Fact]
    public void Another_model_needs_an_explicit_substitute_confirmation()
    {
        using var depot = new CasesTestDepot();
        var samsung = depot.Stock(CasesTestDepot.Imei(13), model: "SGA55-128");
        var cases = Opened(depot);
        var refused = Assert.Throws<RefusedException>(() => cases.ReserveSwap("SR-1"));
        Assert.Contains("--substitute", refused.Message);
        Assert.Throws<RefusedException>(() => cases.ReserveSwap("SR-1", samsung));
        var reserved = cases.ReserveSwap("SR-1", substitute: true);
        Assert.Equal(UnitState.Reserved, depot.Units.Require(samsung).State);
        Assert.Equal("substitute SGA55-128 for IP15-128, confirmed by tester", reserved.Details["note"]);
    }

    [Fact]
    public void The_same_model_is_picked_first_and_the_best_grade()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(CasesTestDepot.Imei(14), model: "SGA55-128");
        depot.Units.Intake(CasesTestDepot.Imei(15), new Depot.Core.Units.UnitDetails("NORDBANK", "IP15-128", "B"));
        var best = depot.Stock(CasesTestDepot.Imei(16));
        var cases = Opened(depot);
        cases.ReserveSwap("SR-1");
        Assert.Equal(UnitState.Reserved, depot.Units.Require(best).State);
    }

    [Fact]
    public void A_count_cannot_hand_a_unit_serving_one_owners_case_to_another_owner()
    {
        using var depot = new CasesTestDepot();
        var unit = depot.Stock(CasesTestDepot.Imei(17), bin: "F-01");
        depot.Stock(CasesTestDepot.Imei(18), owner: "FJORDTEL", bin: "F-01");
        depot.Stock(CasesTestDepot.Imei(19), owner: "FJORDTEL", bin: "F-01");
        var cases = Opened(depot);
        cases.ReserveSwap("SR-1", unit);
        var counts = new CountService(depot.Context);
        var session = counts.Start(CountScope.Owner, "FJORDTEL");
        counts.Scan(session.Id, unit, "F-01");
        counts.Scan(session.Id, CasesTestDepot.Imei(18), "F-01");
        counts.Scan(session.Id, CasesTestDepot.Imei(19), "F-01");
        var refused = Assert.Throws<RefusedException>(() =>
            counts.Resolve(session.Id, unit, DifferenceKind.WrongOwner, Resolution.CorrectOwner, "label says Fjordtel"));
        Assert.Contains("SR-1", refused.Message);
        Assert.Equal("NORDBANK", depot.Units.Require(unit).OwnerCode);
    }
}
