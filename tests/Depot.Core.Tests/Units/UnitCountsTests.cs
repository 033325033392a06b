using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Cases;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Units;

public sealed class UnitCountsTests
{
    private const string Swap = "356938035643809";
    private const string Broken = "490154203237518";

    [Fact]
    public void The_unit_counters_equal_a_recount_after_every_kind_of_step()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        units.Reserve(Swap, "SR-1");
        units.Ship(Swap);
        units.Announce(Broken, "SR-1", TestDepot.Model);
        units.Receive(Broken);
        units.Inspect(Broken, InspectionOutcome.CoveredFault);
        units.SendToPartner(Broken, "BOARDLAB");
        units.PartnerResult(Broken, PartnerOutcome.Repaired, newImei: CasesTestDepot.Imei(7));
        var stray = CasesTestDepot.Imei(8);
        units.Receive(stray);
        units.Release(stray, TestDepot.UserOwner, TestDepot.OtherModel);
        units.Receive(CasesTestDepot.Imei(9));

        Assert.Equal(Recount(depot), Counted(depot));
        Assert.Contains((null, null, nameof(UnitState.Quarantine), false, 1L), Counted(depot));
    }

    [Fact]
    public void A_unit_counts_as_repair_case_while_its_latest_case_is_a_repair_case()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        depot.Cases.Open("R-1", TestDepot.PoolOwner, CaseKind.Repair);
        units.Announce(Broken, "R-1", TestDepot.Model);
        Assert.Contains(Counted(depot), c => c.State == nameof(UnitState.Announced) && c.RepairCase);

        units.Receive(Broken);
        units.Inspect(Broken, InspectionOutcome.NoFaultFound);
        Assert.Equal(UnitState.Returning, units.PassQc(Broken).To);
        units.Ship(Broken);
        depot.Cases.Open("SR-2", TestDepot.PoolOwner, CaseKind.Swap);
        units.Announce(Broken, "SR-2");

        var counted = Assert.Single(Counted(depot));
        Assert.Equal((nameof(UnitState.Announced), false), (counted.State, counted.RepairCase));
        Assert.Equal(Recount(depot), Counted(depot));
    }

    private static List<(long? Owner, long? Model, string State, bool RepairCase, long Units)> Counted(TestDepot depot) =>
        depot.Context.Read(s => UnitCounts.Read(s).Select(c => (c.OwnerId, c.ModelId, c.State, c.RepairCase, c.Units)).Order().ToList());

    private static List<(long? Owner, long? Model, string State, bool RepairCase, long Units)> Recount(TestDepot depot) =>
        depot.Context.Read(s => s.Table<UnitRow>().All()
            .GroupBy(u => (u.OwnerId, u.ModelId, u.State, u.RepairCase))
            .Select(g => (g.Key.OwnerId, g.Key.ModelId, g.Key.State, g.Key.RepairCase, (long)g.Count()))
            .Order()
            .ToList());
}
