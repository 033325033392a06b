using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Core.Tests.Coverage;

public sealed class RepairWarrantyTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private static UnitEvent Event(string at, Trigger trigger, UnitState from, UnitState to, params (string Key, string Value)[] details) =>
        new(0, 1, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), "ana", trigger, from, to, null, details.ToDictionary(d => d.Key, d => d.Value));

    private static readonly UnitEvent[] RepairedOnSecondOfMarch =
    [
        Event("2026-02-10T09:00:00Z", Trigger.Receive, UnitState.Announced, UnitState.Received),
        Event("2026-02-11T09:00:00Z", Trigger.Inspect, UnitState.Received, UnitState.AwaitingRepair, ("outcome", "CoveredFault")),
        Event("2026-02-12T09:00:00Z", Trigger.SendToPartner, UnitState.AwaitingRepair, UnitState.AtPartner, ("partner", "NORDREP"), ("order", "RO-000001-1")),
        Event("2026-03-01T09:00:00Z", Trigger.PartnerResult, UnitState.AtPartner, UnitState.QualityCheck, ("outcome", "Repaired"), ("order", "RO-000001-1")),
        Event("2026-03-02T09:00:00Z", Trigger.PassQc, UnitState.QualityCheck, UnitState.Returning),
    ];

    [Fact]
    public void A_unit_repaired_on_2_March_is_covered_on_20_May_and_not_on_15_June()
    {
        var onMay20 = RepairWarranty.Latest(RepairedOnSecondOfMarch, new DateOnly(2026, 5, 20), Stockholm, 90, null, null);
        var onJune15 = RepairWarranty.Latest(RepairedOnSecondOfMarch, new DateOnly(2026, 6, 15), Stockholm, 90, null, null);

        Assert.NotNull(onMay20);
        Assert.Equal(new DateOnly(2026, 3, 2), onMay20.Repaired);
        Assert.Equal(new DateOnly(2026, 5, 31), onMay20.Until);
        Assert.True(onMay20.Covers(new DateOnly(2026, 5, 20)));
        Assert.False(onJune15!.Covers(new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void A_longer_remaining_warranty_extends_the_repair_warranty()
    {
        var warranty = RepairWarranty.Latest(RepairedOnSecondOfMarch, new DateOnly(2026, 6, 15), Stockholm, 90, new DateOnly(2026, 9, 30), null);

        Assert.Equal(new DateOnly(2026, 9, 30), warranty!.Until);
    }

    [Fact]
    public void A_unit_that_passed_qc_without_a_repair_has_no_repair_warranty()
    {
        UnitEvent[] noFault =
        [
            Event("2026-02-10T09:00:00Z", Trigger.Receive, UnitState.Announced, UnitState.Received),
            Event("2026-02-11T09:00:00Z", Trigger.Inspect, UnitState.Received, UnitState.QualityCheck, ("outcome", "NoFaultFound")),
            Event("2026-02-12T09:00:00Z", Trigger.PassQc, UnitState.QualityCheck, UnitState.Available),
        ];

        Assert.Null(RepairWarranty.Latest(noFault, new DateOnly(2026, 3, 1), Stockholm, 90, null, null));
    }

    [Fact]
    public void The_partner_and_order_of_the_repair_are_kept()
    {
        var warranty = RepairWarranty.Latest(RepairedOnSecondOfMarch, new DateOnly(2026, 4, 1), Stockholm, 90, null, null);

        Assert.Equal("RO-000001-1", warranty!.Order);
        Assert.Equal("NORDREP", warranty.Partner);
    }
}
