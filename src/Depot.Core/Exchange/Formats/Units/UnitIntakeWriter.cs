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
/// </summary>
internal sealed class UnitIntakeWriter : IDisposable
{
    private static readonly string Destination =
        UnitLifecycle.Table.Decide(UnitState.None, Trigger.Intake, TransitionFacts.None).Destination.ToString();

    private readonly RawStatement _unit;
    private readonly RawStatement _identifier;
    private readonly RawStatement _event;
    private long _nextId;

    public UnitIntakeWriter(DepotContext context)
    {
        var transaction = context.CurrentTransaction ?? throw new InvalidOperationException("bulk intake runs inside the import's transaction");
        var at = context.Now.ToStored();
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
        return unitId;
    }

    /// <summary>Records another identifier the unit goes by.</summary>
    public void AddIdentifier(long unitId, UnitIdentifier identifier) =>
        _identifier.Bind(1, identifier.Value).Bind(2, unitId).Bind(3, identifier.Kind.ToString()).Execute();

    public void Dispose()
    {
        _unit.Dispose();
        _identifier.Dispose();
        _event.Dispose();
    }
}
