using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Core.Pool;

/// <summary>
/// Swap pool levels per owner and model against the owner's target. Read from the counts kept per
/// owner, model and state (<see cref="UnitCounts"/>), so it costs the same at a million units as at
/// a hundred; the CLI, the UI and the export all read it.
/// </summary>
public sealed partial class PoolLevels(DepotContext context)
{
    /// <summary>The states of a unit in repair on its way back to a pool.</summary>
    public static readonly IReadOnlyList<UnitState> InRepairStates =
        [UnitState.Received, UnitState.QualityCheck, UnitState.AwaitingRepair, UnitState.AwaitingApproval, UnitState.AtPartner];

    /// <summary>
    /// Every owner's pool: the owner line first (model null, target = the owner's target), then one
    /// line per model it holds. The model lines' targets are the owner's target shared out by
    /// <see cref="LargestRemainder"/>, weighted by what counts against the target (available plus
    /// in repair): they add up to the owner's target, and their shortfalls to the owner's shortfall.
    /// </summary>
    public IReadOnlyList<PoolLevel> ForAllOwners()
    {
        var catalog = new Catalog(context);
        var owners = catalog.ListOwners();
        var skus = catalog.ListModels().ToDictionary(m => m.Id, m => m.Sku);
        var counts = context.Read(UnitCounts.Read);
        var byOwner = new Dictionary<long, Dictionary<long, (int Available, int Reserved, int InRepair)>>();
        foreach (var count in counts)
        {
            if (count is not { OwnerId: { } ownerId, ModelId: { } modelId } || count.Units <= 0 || !Enum.TryParse<UnitState>(count.State, out var state))
            {
                continue;
            }

            var available = state == UnitState.Available ? (int)count.Units : 0;
            var reserved = state == UnitState.Reserved ? (int)count.Units : 0;
            var inRepair = InRepairStates.Contains(state) && !count.RepairCase ? (int)count.Units : 0;
            if (state != UnitState.Available && state != UnitState.Reserved && !InRepairStates.Contains(state))
            {
                continue;
            }

            if (!byOwner.TryGetValue(ownerId, out var models))
            {
                byOwner[ownerId] = models = [];
            }

            var line = models.GetValueOrDefault(modelId);
            models[modelId] = (line.Available + available, line.Reserved + reserved, line.InRepair + inRepair);
        }

        var levels = new List<PoolLevel>();
        foreach (var owner in owners)
        {
            var pooled = owner.Policy == OwnerPolicy.Pool;
            var rows = (byOwner.GetValueOrDefault(owner.Id) ?? [])
                .Where(kv => skus.ContainsKey(kv.Key))
                .Select(kv => (Model: skus[kv.Key], kv.Value.Available, kv.Value.Reserved, InRepair: pooled ? kv.Value.InRepair : 0))
                .OrderBy(r => r.Model, StringComparer.Ordinal)
                .ToList();
            levels.Add(new PoolLevel(owner.Code, null, rows.Sum(r => r.Available), rows.Sum(r => r.Reserved), rows.Sum(r => r.InRepair), owner.Target));
            var targets = LargestRemainder.Share(owner.Target, [.. rows.Select(r => (r.Model, r.Available + r.InRepair))]);
            levels.AddRange(rows.Select((row, i) => new PoolLevel(owner.Code, row.Model, row.Available, row.Reserved, row.InRepair, targets[i])));
        }

        return levels;
    }
}
