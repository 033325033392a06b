using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using StoredUnit = Depot.Core.Storage.Rows.UnitRow;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// The bulk path for swap stock intake: the same rows <see cref="UnitService.Intake"/> writes (a
/// unit in the state the lifecycle gives Intake from no state, its identifiers, and one Intake event
/// with no details), inserted many at a time inside the import's unit of work. Callers have
/// validated each row and know it is new; owner and model come as ids. UnitService's per-row path
/// reads the unit and the catalogue several times per row, which a million-row file cannot afford.
/// Rows wait in memory until <see cref="Chunk"/> units are pending, then go in together: units
/// first (which gives them their ids), then their identifiers and events. The unit counts (once per
/// owner and model) and the report figures (once per owner) are added when the writer is disposed,
/// still inside the import's unit of work.
/// </summary>
internal sealed class UnitIntakeWriter : IDisposable
{
    /// <summary>Units held in memory before they are written: enough to make each insert cheap, few enough to keep a million-row import small.</summary>
    public const int Chunk = 5_000;

    private readonly DepotContext _context;
    private readonly string _state;
    private readonly DateTimeOffset _at;
    private readonly List<StoredUnit> _units = new(Chunk);
    private readonly List<PendingIdentifier> _identifiers = new(Chunk);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Owner, long Model), long> _added = [];
    private bool _failed;

    /// <summary>Checks once, for the whole import, that the lifecycle lets Intake make a unit known.</summary>
    public UnitIntakeWriter(DepotContext context)
    {
        var decision = UnitLifecycle.Decide(UnitState.None, Trigger.Intake, TransitionFacts.None);
        if (!decision.Permitted)
        {
            throw decision.ToException("swap stock");
        }

        _context = context;
        _state = decision.Destination.ToString();
        _at = context.Now;
    }

    /// <summary>Writes (with the next chunk) one new unit, its identifier, its second identifier if any, and its Intake event.</summary>
    public void Intake(UnitIdentifier identifier, UnitIdentifier? alias, long ownerId, long modelId, string grade, string? bin,
        DateOnly? purchased, DateOnly? warrantyUntil, DateOnly? carePlanUntil)
    {
        var unit = new StoredUnit
        {
            Identifier = identifier.Value,
            IdentifierKind = identifier.Kind.ToString(),
            OwnerId = ownerId,
            ModelId = modelId,
            State = _state,
            Grade = grade,
            Bin = bin,
            Purchased = purchased,
            WarrantyUntil = warrantyUntil,
            CarePlanUntil = carePlanUntil,
            Version = 1,
            StateSince = _at,
        };
        _units.Add(unit);
        Pend(new PendingIdentifier(unit, 0, identifier));
        if (alias is { } second)
        {
            Pend(new PendingIdentifier(unit, 0, second));
        }

        _added[(ownerId, modelId)] = _added.GetValueOrDefault((ownerId, modelId)) + 1;
        if (_units.Count >= Chunk)
        {
            Write(counts: false);
        }
    }

    /// <summary>Records another identifier a unit already in the depot goes by (written with the next chunk).</summary>
    public void AddIdentifier(long unitId, UnitIdentifier identifier) => Pend(new PendingIdentifier(null, unitId, identifier));

    /// <summary>True when a unit of this import not yet written goes by <paramref name="identifier"/>.</summary>
    public bool IsPending(string identifier) => _pending.Contains(identifier);

    /// <summary>
    /// The unit that holds <paramref name="identifier"/>: its id, 0 for a unit of this import not yet
    /// written, null when no unit has it.
    /// </summary>
    public long? HolderOf(string identifier) =>
        _pending.Contains(identifier)
            ? 0
            : _context.Read(s => s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier)?.UnitId);

    /// <summary>Writes the rows still pending and adds the units written to the unit counts.</summary>
    public void Dispose()
    {
        // After a failed write the import is abandoned; writing again would only hide why.
        if (!_failed)
        {
            Write(counts: true);
        }
    }

    private void Pend(PendingIdentifier identifier)
    {
        _identifiers.Add(identifier);
        _pending.Add(identifier.Identifier.Value);
    }

    private void Write(bool counts)
    {
        try
        {
            _context.Write(w =>
            {
                WritePending(w);
                if (counts)
                {
                    foreach (var ((owner, model), units) in _added)
                    {
                        UnitCounts.Add(w, owner, model, _state, repairCase: false, units);
                    }

                    foreach (var owner in _added.GroupBy(a => a.Key.Owner))
                    {
                        ReportCounts.Intake(_context, w, owner.Key, _at, owner.Sum(a => a.Value));
                    }

                    _added.Clear();
                }
            });
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    private void WritePending(IStoreWriter writer)
    {
        if (_units.Count > 0)
        {
            writer.Table<StoredUnit>().InsertMany(_units);
            var events = new List<EventRow>(_units.Count);
            foreach (var unit in _units)
            {
                events.Add(new EventRow
                {
                    UnitId = unit.Id,
                    At = _at,
                    Operator = _context.Operator,
                    Trigger = nameof(Trigger.Intake),
                    ToState = _state,
                });
            }

            writer.Table<EventRow>().InsertMany(events);
        }

        if (_identifiers.Count > 0)
        {
            var identifiers = new List<UnitIdentifierRow>(_identifiers.Count);
            foreach (var pending in _identifiers)
            {
                identifiers.Add(new UnitIdentifierRow
                {
                    Identifier = pending.Identifier.Value,
                    UnitId = pending.Unit?.Id ?? pending.UnitId,
                    Kind = pending.Identifier.Kind.ToString(),
                    AddedAt = _at,
                });
            }

            writer.Table<UnitIdentifierRow>().InsertMany(identifiers);
        }

        _units.Clear();
        _identifiers.Clear();
        _pending.Clear();
    }

    /// <summary>An identifier to write: of a unit of this chunk (its id known once written), or of a unit already in the depot.</summary>
    private readonly record struct PendingIdentifier(StoredUnit? Unit, long UnitId, UnitIdentifier Identifier);
}
