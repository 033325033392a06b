using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

/// <summary>Unit rows as the domain sees them, and the one way a unit row is changed after its lifecycle step.</summary>
internal static class UnitRows
{
    public static Unit ToUnit(UnitRow row, CatalogLookup catalog) => new(
        row.Id,
        new UnitIdentifier(row.Identifier, Enum.Parse<IdentifierKind>(row.IdentifierKind)),
        catalog.OwnerCode(row.OwnerId),
        catalog.ModelSku(row.ModelId),
        Enum.Parse<UnitState>(row.State),
        row.Grade,
        row.Bin,
        row.Purchased,
        row.WarrantyUntil,
        row.CarePlanUntil,
        row.Unannounced,
        row.Version,
        row.StateSince);

    /// <summary>The unit known by <paramref name="identifier"/> now or in the past, or null.</summary>
    public static UnitRow? FindByIdentifier(IStoreSession session, string identifier) =>
        session.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier) is { } known
            ? session.Table<UnitRow>().Get(known.UnitId)
            : null;

    /// <summary>
    /// Changes descriptive fields of a unit inside <paramref name="writer"/>'s unit of work and keeps
    /// the unit counters right. The version is not bumped: the lifecycle step that calls this already did.
    /// </summary>
    public static UnitRow Change(IStoreWriter writer, long unitId, Action<UnitRow> change)
    {
        var units = writer.Table<UnitRow>();
        var row = units.Get(unitId) ?? throw new InvalidOperationException($"unit {unitId} is not in the depot");
        var before = Copy(row);
        change(row);
        units.Update(row);
        UnitCounts.Move(writer, before, row);
        return row;
    }

    /// <summary>A field-by-field copy (the row before a change, for the counters).</summary>
    public static UnitRow Copy(UnitRow row) => new()
    {
        Id = row.Id,
        Identifier = row.Identifier,
        IdentifierKind = row.IdentifierKind,
        OwnerId = row.OwnerId,
        ModelId = row.ModelId,
        State = row.State,
        Grade = row.Grade,
        Bin = row.Bin,
        Purchased = row.Purchased,
        WarrantyUntil = row.WarrantyUntil,
        CarePlanUntil = row.CarePlanUntil,
        Unannounced = row.Unannounced,
        Version = row.Version,
        StateSince = row.StateSince,
        RepairCase = row.RepairCase,
    };
}
