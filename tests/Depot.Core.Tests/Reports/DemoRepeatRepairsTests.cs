using Depot.Core.Coverage;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Reports;
using Depot.Core.Tests.Demo;
using Depot.Core.Units;

namespace Depot.Core.Tests.Reports;

/// <summary>
/// The demo depot, loaded on 3 December 2026, has a repeat repair: a unit repaired by NORDREP that
/// passed quality check, went out as a swap and was received again 64 days later.
/// </summary>
public sealed class DemoRepeatRepairsTests : IDisposable
{
    private const string Repeated = "356938042180969";

    private readonly LoadedDemo _demo;
    private readonly DepotContext _context;

    public DemoRepeatRepairsTests()
    {
        _demo = new LoadedDemo(new DateOnly(2026, 12, 3));
        _context = _demo.Context;
    }

    public void Dispose() => _demo.Dispose();

    [Fact]
    public void The_demo_has_a_repeat_repair_counted_for_its_partner_and_model()
    {
        var rows = new RepeatRepairs(_context).Rows();

        Assert.Contains(rows, r => r.Repeats > 0);
        Assert.Contains(rows, r => r is { By: "partner", Name: "NORDREP", Repeats: > 0 });
        Assert.Contains(rows, r => r is { By: "model", Name: "IP15-128", Repeats: > 0 });
        Assert.All(rows.Where(r => r.By == "partner"), r => Assert.True(r.Repairs > 0, $"{r.Name} has repeats without repairs"));
    }

    [Fact]
    public void The_repeated_unit_waits_at_the_dock_marked_a_repeat_repair_and_the_depot_checks_clean()
    {
        var units = new UnitService(_context);
        var unit = units.Require(Repeated);

        Assert.Equal(UnitState.Received, unit.State);
        var receipt = units.History(unit.Id).Last(e => e.Trigger == Trigger.Receive);
        Assert.Equal("NORDREP", RepairWarranty.RepeatOf(receipt.Details)?.Partner);
        Assert.Empty(new IntegrityCheck(_context).Run());
    }
}
