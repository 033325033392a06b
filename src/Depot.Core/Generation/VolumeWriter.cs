using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Generation;

/// <summary>
/// The rows the generator has made and not yet written, one <see cref="BulkInsert{TRow}"/> per
/// table in the shapes the services write, and the unit counts they add. Written a chunk at a time
/// inside the generator's unit of work, so memory stays small whatever the number of units.
/// </summary>
internal sealed class VolumeWriter
{
    /// <summary>Units per chunk (with about ten events each).</summary>
    public const int Chunk = 5_000;

    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public BulkInsert<OwnerRow> Owners { get; } = new();

    public BulkInsert<ModelRow> Models { get; } = new();

    public BulkInsert<PartnerRow> Partners { get; } = new();

    public BulkInsert<CaseRow> Cases { get; } = new();

    public BulkInsert<UnitRow> Units { get; } = new();

    public BulkInsert<UnitIdentifierRow> Identifiers { get; } = new();

    public BulkInsert<CaseUnitRow> CaseUnits { get; } = new();

    public BulkInsert<RepairOrderRow> RepairOrders { get; } = new();

    public BulkInsert<EventRow> Events { get; } = new();

    public bool Full => Units.Count >= Chunk;

    /// <summary>Adds a unit, counted in its owner, model and state.</summary>
    public void AddUnit(UnitRow unit)
    {
        Units.Add(unit);
        foreach (var key in new[] { UnitCounts.Key(unit.OwnerId, unit.ModelId, unit.State, unit.RepairCase), UnitCounts.StateKey(unit.State) })
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Writes every waiting row, referenced tables first.</summary>
    public void WriteTo(IStoreWriter writer)
    {
        Owners.WriteTo(writer);
        Models.WriteTo(writer);
        Partners.WriteTo(writer);
        Cases.WriteTo(writer);
        Units.WriteTo(writer);
        Identifiers.WriteTo(writer);
        CaseUnits.WriteTo(writer);
        RepairOrders.WriteTo(writer);
        Events.WriteTo(writer);
    }

    /// <summary>Adds the units written since the last call to the unit counts, one change per owner, model and state.</summary>
    public void CountTo(IStoreWriter writer)
    {
        foreach (var (key, units) in _counts)
        {
            writer.AddToCounter(key, units);
        }

        _counts.Clear();
    }
}
