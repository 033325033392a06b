using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Cases;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Units;

public sealed class UnitListTests
{
    [Fact]
    public void A_list_puts_the_units_longest_in_their_state_first_across_states()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        units.Intake(CasesTestDepot.Imei(1), new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Clock.Advance(TimeSpan.FromHours(1));
        units.Receive(CasesTestDepot.Imei(2));
        depot.Clock.Advance(TimeSpan.FromHours(1));
        units.Intake(CasesTestDepot.Imei(3), new UnitDetails(TestDepot.UserOwner, TestDepot.OtherModel));
        depot.Clock.Advance(TimeSpan.FromHours(1));
        units.Scrap(CasesTestDepot.Imei(1), "cracked");

        Assert.Equal([2, 3, 1], units.List(new UnitFilter()).Select(u => Serial(u)));
        Assert.Equal([2, 3], units.List(new UnitFilter(Limit: 2)).Select(u => Serial(u)));
        Assert.Equal([3], units.List(new UnitFilter(OwnerCode: "fjord")).Select(u => Serial(u)));
        Assert.Equal([1], units.List(new UnitFilter(UnitState.Scrapped, TestDepot.PoolOwner, TestDepot.Model)).Select(u => Serial(u)));
        Assert.Empty(units.List(new UnitFilter(UnitState.Available, TestDepot.PoolOwner)));
        Assert.Empty(units.List(new UnitFilter(OwnerCode: "NOBODY")));
    }

    [Fact]
    public void Units_that_entered_their_state_at_the_same_instant_are_each_listed_once()
    {
        using var depot = new TestDepot();
        for (var i = 0; i < 150; i++)
        {
            depot.Units.Intake(CasesTestDepot.Imei(i), new UnitDetails(TestDepot.PoolOwner, i % 3 == 0 ? TestDepot.OtherModel : TestDepot.Model));
        }

        var first = depot.Units.List(new UnitFilter(UnitState.Available, Limit: 100));
        var all = depot.Units.List(new UnitFilter(OwnerCode: TestDepot.PoolOwner));
        var others = depot.Units.List(new UnitFilter(ModelSku: TestDepot.OtherModel, Limit: 30));

        Assert.Equal(100, first.Select(u => u.Id).Distinct().Count());
        Assert.Equal(150, all.Select(u => u.Id).Distinct().Count());
        Assert.Equal(30, others.Select(u => u.Id).Distinct().Count());
        Assert.All(others, u => Assert.Equal(TestDepot.OtherModel, u.ModelSku));
    }

    [Fact]
    public void A_swap_unit_is_picked_from_the_cases_owner_best_grade_and_longest_waiting()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(CasesTestDepot.Imei(1), new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "B"));
        depot.Clock.Advance(TimeSpan.FromMinutes(1));
        depot.Units.Intake(CasesTestDepot.Imei(2), new UnitDetails(TestDepot.UserOwner, TestDepot.Model, "A"));
        depot.Units.Intake(CasesTestDepot.Imei(3), new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "A"));
        depot.Clock.Advance(TimeSpan.FromMinutes(1));
        depot.Units.Intake(CasesTestDepot.Imei(4), new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "A"));
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);

        var reserved = depot.Cases.ReserveSwap("SR-1");

        Assert.Equal(CasesTestDepot.Imei(3), depot.Units.FindById(reserved.UnitId)!.Identifier.Value);
    }

    private static int Serial(Unit unit) => int.Parse(unit.Identifier.Value[8..14], System.Globalization.CultureInfo.InvariantCulture);
}
