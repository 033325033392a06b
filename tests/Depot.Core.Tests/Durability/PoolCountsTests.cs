using Depot.Core.Cases;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Pool;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Tests.Durability;

/// <summary>
/// The counts behind pool levels are kept in the same unit of work as every change; after generated
/// history and live changes through the services they equal a full recount of the units.
/// </summary>
public sealed class PoolCountsTests
{
    [Fact]
    public void Pool_counts_equal_a_recount_after_generation_and_live_changes()
    {
        using var depot = GeneratedDepot.Create(units: 2500);
        using var context = depot.Open();
        var units = new UnitService(context);
        var cases = new CaseService(context);
        foreach (var scan in GeneratedDepot.Receivable(context, 40))
        {
            units.Receive(scan);
            units.Inspect(scan, InspectionOutcome.NoFaultFound);
            units.PassQc(scan);
        }

        var available = units.List(new UnitFilter(UnitState.Available, Limit: 5));
        var repairCase = cases.Open("T-REPAIR-1", available[0].OwnerCode!, CaseKind.Repair);
        units.Reserve(available[0].Identifier.Value, repairCase.Ticket);
        units.Unreserve(available[0].Identifier.Value);

        Assert.Empty(new IntegrityCheck(context).PoolCounts());
        Assert.Empty(context.Read(s => s.Table<UnitRow>().All().Where(u => u.RepairCase != LatestCaseIsRepair(s, u.Id)).Select(u => u.Identifier).ToList()));
        Assert.Equal(UnitScanLevels(context), new PoolLevels(context).ForAllOwners()
            .Where(l => l.ModelSku is not null)
            .Select(l => $"{l.OwnerCode}/{l.ModelSku}: {l.Available} {l.Reserved} {l.InRepair}").ToList());
    }

    private static bool LatestCaseIsRepair(IStoreSession s, long unitId) =>
        s.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, unitId).MaxBy(l => l.CaseId) is { } link
        && s.Table<CaseRow>().Get(link.CaseId)?.Kind == "repair";

    // The pool levels computed the slow way, unit by unit, as the definition says.
    private static List<string> UnitScanLevels(DepotContext context)
    {
        var catalog = new Catalog(context);
        var owners = catalog.ListOwners().ToDictionary(o => o.Id);
        var skus = catalog.ListModels().ToDictionary(m => m.Id, m => m.Sku);
        var inRepair = PoolLevels.InRepairStates.Select(s => s.ToString()).ToHashSet();
        return context.Read(s => s.Table<UnitRow>().All()
            .Where(u => u.OwnerId is not null && u.ModelId is not null && (u.State is "Available" or "Reserved" || inRepair.Contains(u.State)))
            .Select(u => (Owner: owners[u.OwnerId!.Value], Sku: skus[u.ModelId!.Value], Unit: u))
            .GroupBy(x => (x.Owner.Code, x.Sku))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Sku, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Code}/{g.Key.Sku}: {g.Count(x => x.Unit.State == "Available")} {g.Count(x => x.Unit.State == "Reserved")} "
                + g.Count(x => inRepair.Contains(x.Unit.State) && x.Owner.Policy == OwnerPolicy.Pool && !LatestCaseIsRepair(s, x.Unit.Id)))
            .ToList());
    }
}
