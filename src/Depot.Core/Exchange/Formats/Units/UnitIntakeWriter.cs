using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// The bulk path for swap stock intake: the same rows <see cref="Depot.Core.Units.UnitService.Intake"/>
/// writes (a unit in the state the lifecycle table gives Intake, its identifier, and one Intake event
/// with no details), through three statements prepared once and bound by position inside the
/// import's transaction. The import holds the write lock, so unit ids are assigned here. Callers have
/// validated each row and know it is new; owner and model come as ids. UnitService's per-row path
/// reads the unit and the catalogue several times per row, which a million-row file cannot afford.
/// The pool counts are added once per owner and model when the writer is disposed (the per-unit
/// trigger stands aside meanwhile, see migration 8), still inside the import's transaction.
/// </summary>
internal sealed class UnitIntakeWriter : IDisposable
{
    private static readonly string Destination =
        UnitLifecycle.Table.Decide(UnitState.None, Trigger.Intake, TransitionFacts.None).Destination.ToString();

    private readonly RawStatement _unit;
    private readonly RawStatement _identifier;
    private readonly RawStatement _event;
    private readonly DepotContext _context;
    private readonly Dictionary<(long Owner, long Model), long> _added = [];
    private long _nextId;

    public UnitIntakeWriter(DepotContext context)
    {
        var transaction = context.CurrentTransaction ?? throw new InvalidOperationException("bulk intake runs inside the import's transaction");
        _context = context;
        var at = context.Now.ToStored();
        context.Connection.Execute("INSERT INTO pool_counts_deferred (one) VALUES (1)", transaction);
        _nextId = Convert.ToInt64(context.Connection.Scalar("SELECT coalesce(max(id), 0) FROM units", transaction)) + 1;
        _unit = new RawStatement(context.Connection,
            """
            INSERT INTO units (id, identifier, identifier_kind, owner_id, model_id, grade, bin, purchased, warranty_until, care_plan_until, state, version, state_since)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12)
            """).Bind(11, Destination).Bind(12, at);
        _identifier = new RawStatement(context.Connection,
            "INSERT INTO unit_identifiers (identifier, unit_id, kind, added_at) VALUES (?1, ?2, ?3, ?4)").Bind(4, at);
        _event = new RawStatement(context.Connection,
            """
            INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details)
            VALUES (?1, ?2, ?3, ?4, NULL, ?5, NULL, NULL)
            """).Bind(2, at).Bind(3, context.Operator).Bind(4, nameof(Trigger.Intake)).Bind(5, Destination);
    }

    /// <summary>Writes one new unit with its identifier and Intake event; returns its id.</summary>
    public long Intake(UnitIdentifier identifier, long ownerId, long modelId, string grade, string? bin, DateOnly? purchased, DateOnly? warrantyUntil, DateOnly? carePlanUntil)
    {
        var unitId = _nextId++;
        _unit.Bind(1, unitId).Bind(2, identifier.Value).Bind(3, identifier.Kind.ToString()).Bind(4, ownerId).Bind(5, modelId)
            .Bind(6, grade).Bind(7, bin).Bind(8, purchased?.ToStored()).Bind(9, warrantyUntil?.ToStored()).Bind(10, carePlanUntil?.ToStored())
            .Execute();
        AddIdentifier(unitId, identifier);
        _event.Bind(1, unitId).Execute();
        _added[(ownerId, modelId)] = _added.GetValueOrDefault((ownerId, modelId)) + 1;
        return unitId;
    }

    /// <summary>Records another identifier the unit goes by.</summary>
    public void AddIdentifier(long unitId, UnitIdentifier identifier) =>
        _identifier.Bind(1, identifier.Value).Bind(2, unitId).Bind(3, identifier.Kind.ToString()).Execute();

    /// <summary>Adds the units written to the pool counts and lets the per-unit trigger count again.</summary>
    public void Dispose()
    {
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
        _identifier.Dispose();
        _event.Dispose();
    }
}
