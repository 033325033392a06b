using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

// Lists of units: each state's units come from an index in waiting order, so a list reads only
// the rows it shows (plus those a model filter skips), however many units the depot holds.
public sealed partial class UnitService
{
    /// <summary>Units matching <paramref name="filter"/>, longest in their state first.</summary>
    public IReadOnlyList<Unit> List(UnitFilter filter) => context.Read(s =>
    {
        if (filter.Limit <= 0)
        {
            return [];
        }

        long? ownerId = null;
        if (filter.OwnerCode is { } ownerCode)
        {
            if (s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, CatalogRows.Key(ownerCode)) is not { } owner)
            {
                return [];
            }

            ownerId = owner.Id;
        }

        long? modelId = null;
        if (filter.ModelSku is { } sku)
        {
            if (s.Table<ModelRow>().FindOne(ModelRow.BySku, CatalogRows.Key(sku)) is not { } model)
            {
                return [];
            }

            modelId = model.Id;
        }

        IReadOnlyList<UnitState> states = filter.State is { } state ? [state] : UnitLifecycle.StoredStates;
        var page = (int)Math.Min(modelId is null ? filter.Limit : filter.Limit * 4L, 4096);
        var units = s.Table<UnitRow>();
        var streams = states.Select(st => ownerId is { } o
            ? RangeScan.Rows(units, UnitRow.ByOwnerStateSince, $"{o}|{st}|", $"{o}|{st}|~", r => r.OwnerStateSinceKey, page)
            : RangeScan.Rows(units, UnitRow.ByState, $"{st}|", $"{st}|~", r => r.StateKey, page));
        var catalog = new CatalogLookup(s, context.Codes);
        return RangeScan.Merge(streams, r => r.StateSince)
            .Where(r => modelId is null || r.ModelId == modelId)
            .Take(filter.Limit)
            .Select(r => UnitRows.ToUnit(r, catalog))
            .ToList();
    });
}
