using System.Text;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// The bulk path for swap stock intake: the same rows <see cref="Depot.Core.Units.UnitService.Intake"/>
/// writes (a unit in the state the lifecycle table gives Intake, its identifier, and one Intake event
/// with no details), through statements prepared once and bound by position inside the import's
/// transaction. The import holds the write lock, so unit ids are assigned here. Callers have
/// validated each row and know it is new; owner and model come as ids. UnitService's per-row path
/// reads the unit and the catalogue several times per row, which a million-row file cannot afford.
/// Rows are written <see cref="PerStatement"/> to a statement (units first, then their identifiers
/// and events, so every reference holds when it is written). The pool counts are added once per
/// owner and model when the writer is disposed (the per-unit trigger stands aside meanwhile, see
/// migration 8), still inside the import's transaction.
/// </summary>
internal sealed class UnitIntakeWriter : IDisposable
{
    /// <summary>Rows per multi-row INSERT: each statement run costs about as much as a few rows, so fifty make it small.</summary>
    private const int PerStatement = 50;

    private const int UnitFields = 10;
    private const int IdentifierFields = 3;

    private static readonly string Destination =
        UnitLifecycle.Decide(UnitState.None, Trigger.Intake, TransitionFacts.None).RequireDestination().ToString();

    private readonly DepotContext _context;
    private readonly RawStatement _unit;
    private readonly RawStatement _units;
    private readonly RawStatement _identifier;
    private readonly RawStatement _identifiers;
    private readonly RawStatement _event;
    private readonly RawStatement _events;
    private readonly List<PendingUnit> _pendingUnits = new(PerStatement);
    private readonly List<(long UnitId, UnitIdentifier Identifier)> _pendingIdentifiers = new(PerStatement);
    private readonly Dictionary<(long Owner, long Model), long> _added = [];
    private long _nextId;

    public UnitIntakeWriter(DepotContext context)
    {
        var transaction = context.CurrentTransaction ?? throw new InvalidOperationException("bulk intake runs inside the import's transaction");
        _context = context;
        var at = context.Now.ToStored();
        context.Connection.Execute("INSERT INTO pool_counts_deferred (one) VALUES (1)", transaction);
        _nextId = Convert.ToInt64(context.Connection.Scalar("SELECT coalesce(max(id), 0) FROM units", transaction)) + 1;

        // ?1 and ?2 are the same for every row (state, time); each row's own values follow.
        const string units = "INSERT INTO units (id, identifier, identifier_kind, owner_id, model_id, grade, bin, purchased, warranty_until, care_plan_until, state, version, state_since) VALUES ";
        _unit = new RawStatement(context.Connection, units + UnitValues(0)).Bind(1, Destination).Bind(2, at);
        _units = new RawStatement(context.Connection, units + Rows(PerStatement, UnitValues)).Bind(1, Destination).Bind(2, at);
        const string identifiers = "INSERT INTO unit_identifiers (identifier, unit_id, kind, added_at) VALUES ";
        _identifier = new RawStatement(context.Connection, identifiers + IdentifierValues(0)).Bind(1, at);
        _identifiers = new RawStatement(context.Connection, identifiers + Rows(PerStatement, IdentifierValues)).Bind(1, at);
        const string events = "INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details) VALUES ";
        _event = new RawStatement(context.Connection, events + EventValues(0)).Bind(1, at).Bind(2, context.Operator).Bind(3, nameof(Trigger.Intake)).Bind(4, Destination);
        _events = new RawStatement(context.Connection, events + Rows(PerStatement, EventValues))
            .Bind(1, at).Bind(2, context.Operator).Bind(3, nameof(Trigger.Intake)).Bind(4, Destination);
    }

    /// <summary>Writes one new unit with its identifier and Intake event; returns its id.</summary>
    public long Intake(UnitIdentifier identifier, long ownerId, long modelId, string grade, string? bin, DateOnly? purchased, DateOnly? warrantyUntil, DateOnly? carePlanUntil)
    {
        var unitId = _nextId++;
        _pendingUnits.Add(new PendingUnit(unitId, identifier, ownerId, modelId, grade, bin, purchased, warrantyUntil, carePlanUntil));
        _added[(ownerId, modelId)] = _added.GetValueOrDefault((ownerId, modelId)) + 1;
        _pendingIdentifiers.Add((unitId, identifier));
        if (_pendingUnits.Count == PerStatement)
        {
            Flush(final: false);
        }

        return unitId;
    }

    /// <summary>Records another identifier the unit goes by (written with the next units, or at the end).</summary>
    public void AddIdentifier(long unitId, UnitIdentifier identifier) => _pendingIdentifiers.Add((unitId, identifier));

    /// <summary>Writes the rows still pending, adds the units written to the pool counts and lets the per-unit trigger count again.</summary>
    public void Dispose()
    {
        Flush(final: true);
        using (var count = _context.Connection.Command(
            """
            INSERT INTO pool_counts (owner_id, model_id, state, repair_case, units) VALUES ($owner, $model, $state, 0, $units)
            ON CONFLICT DO UPDATE SET units = units + excluded.units
            """, _context.CurrentTransaction).With("$owner", 0L).With("$model", 0L).With("$state", Destination).With("$units", 0L))
        {
            foreach (var ((owner, model), units) in _added)
            {
                count.Parameters["$owner"].Value = owner;
                count.Parameters["$model"].Value = model;
                count.Parameters["$units"].Value = units;
                count.ExecuteNonQuery();
            }
        }

        _added.Clear();
        _context.Connection.Execute("DELETE FROM pool_counts_deferred", _context.CurrentTransaction);
        _unit.Dispose();
        _units.Dispose();
        _identifier.Dispose();
        _identifiers.Dispose();
        _event.Dispose();
        _events.Dispose();
    }

    private static string Rows(int rows, Func<int, string> values) => string.Join(", ", Enumerable.Range(0, rows).Select(values));

    private static string UnitValues(int row) => Values(2 + row * UnitFields, UnitFields, "?1, 1, ?2");

    private static string IdentifierValues(int row) => Values(1 + row * IdentifierFields, IdentifierFields, "?1");

    private static string EventValues(int row) => $"(?{5 + row}, ?1, ?2, ?3, NULL, ?4, NULL, NULL)";

    private static string Values(int after, int count, string constants)
    {
        var text = new StringBuilder("(");
        for (var i = 1; i <= count; i++)
        {
            text.Append('?').Append(after + i).Append(", ");
        }

        return text.Append(constants).Append(')').ToString();
    }

    /// <summary>
    /// Writes the pending units with their events, then the pending identifiers, whose units are all
    /// written by then. Until the end only whole statements run; the end writes the rest row by row.
    /// </summary>
    private void Flush(bool final)
    {
        if (_pendingUnits.Count == PerStatement)
        {
            for (var i = 0; i < PerStatement; i++)
            {
                BindUnit(_units, _events, i, _pendingUnits[i]);
            }

            _units.Execute();
            _events.Execute();
            _pendingUnits.Clear();
        }
        else if (final)
        {
            foreach (var row in _pendingUnits)
            {
                BindUnit(_unit, _event, 0, row);
                _unit.Execute();
                _event.Execute();
            }

            _pendingUnits.Clear();
        }

        var written = 0;
        for (; _pendingIdentifiers.Count - written >= PerStatement; written += PerStatement)
        {
            for (var i = 0; i < PerStatement; i++)
            {
                BindIdentifier(_identifiers, i, _pendingIdentifiers[written + i]);
            }

            _identifiers.Execute();
        }

        if (final)
        {
            for (; written < _pendingIdentifiers.Count; written++)
            {
                BindIdentifier(_identifier, 0, _pendingIdentifiers[written]);
                _identifier.Execute();
            }
        }

        _pendingIdentifiers.RemoveRange(0, written);
    }

    private static void BindUnit(RawStatement units, RawStatement events, int row, PendingUnit unit)
    {
        var at = 2 + row * UnitFields;
        units.Bind(at + 1, unit.Id).BindShort(at + 2, unit.Identifier.Value).Bind(at + 3, KindText(unit.Identifier.Kind)).Bind(at + 4, unit.OwnerId)
            .Bind(at + 5, unit.ModelId).BindShort(at + 6, unit.Grade).BindShort(at + 7, unit.Bin).Bind(at + 8, unit.Purchased)
            .Bind(at + 9, unit.WarrantyUntil).Bind(at + 10, unit.CarePlanUntil);
        events.Bind(5 + row, unit.Id);
    }

    private static void BindIdentifier(RawStatement identifiers, int row, (long UnitId, UnitIdentifier Identifier) pending)
    {
        var at = 1 + row * IdentifierFields;
        identifiers.BindShort(at + 1, pending.Identifier.Value).Bind(at + 2, pending.UnitId).Bind(at + 3, KindText(pending.Identifier.Kind));
    }

    /// <summary>The kind as stored (its name), without a new string per row.</summary>
    private static ReadOnlySpan<byte> KindText(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Imei => "Imei"u8,
        IdentifierKind.Serial => "Serial"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private readonly record struct PendingUnit(long Id, UnitIdentifier Identifier, long OwnerId, long ModelId, string Grade, string? Bin,
        DateOnly? Purchased, DateOnly? WarrantyUntil, DateOnly? CarePlanUntil);
}
