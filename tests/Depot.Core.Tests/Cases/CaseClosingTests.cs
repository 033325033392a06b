using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Cases;

public sealed class CaseClosingTests
{
    private const string Swap = "356938035643809";
    private const string Broken = "490154203237518";

    [Fact]
    public void A_swap_case_stays_open_until_the_defective_unit_has_come_back_and_reached_its_end()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Reserve(Swap, "SR-1");
        depot.Units.Ship(Swap);
        Assert.Null(depot.Cases.Require("SR-1").ClosedAt);

        depot.Units.Announce(Broken, "SR-1", TestDepot.Model);
        depot.Units.Receive(Broken);
        depot.Units.Inspect(Broken, InspectionOutcome.NoFaultFound);
        Assert.Null(depot.Cases.Require("SR-1").ClosedAt);

        depot.Clock.Advance(TimeSpan.FromHours(3));
        var restocked = depot.Units.PassQc(Broken);

        Assert.Equal(UnitState.Available, restocked.To);
        Assert.Equal(restocked.At, depot.Cases.Require("SR-1").ClosedAt);
        Assert.Equal(CaseStatus.Closed, depot.Cases.Overview("SR-1").Status);
    }
}
