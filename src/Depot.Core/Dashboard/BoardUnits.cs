using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Dashboard;

/// <summary>Units of one state read in waiting order from <see cref="UnitRow.ByState"/>, made into <see cref="Unit"/>s with owner codes and SKUs looked up once per call.</summary>
internal sealed class BoardUnits(DepotContext context)
{
    private readonly Dictionary<long, string> _owners = new Catalog(context).ListOwners().ToDictionary(o => o.Id, o => o.Code);
    private readonly Dictionary<long, string> _models = new Catalog(context).ListModels().ToDictionary(m => m.Id, m => m.Sku);

    /// <summary>The first <paramref name="limit"/> units in <paramref name="state"/>, longest in it first.</summary>
    public IReadOnlyList<Unit> Waiting(IStoreSession session, UnitState state, int limit) =>
        session.Table<UnitRow>()
            // Instants in the key start with the year: every one lies between "State|" and "State|9999".
            .Range(UnitRow.ByState, $"{state}|", $"{state}|9999", limit: limit)
            .Where(u => u.State == state.ToString())
            .Select(ToUnit)
            .ToList();

    private Unit ToUnit(UnitRow row) => new(
        row.Id,
        new UnitIdentifier(row.Identifier, Enum.Parse<IdentifierKind>(row.IdentifierKind)),
        row.OwnerId is { } owner ? _owners.GetValueOrDefault(owner) : null,
        row.ModelId is { } model ? _models.GetValueOrDefault(model) : null,
        Enum.Parse<UnitState>(row.State),
        row.Grade,
        row.Bin,
        row.Purchased,
        row.WarrantyUntil,
        row.CarePlanUntil,
        row.Unannounced,
        row.Version,
        row.StateSince);
}
