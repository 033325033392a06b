using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// The bulk path for swap stock intake: the same rows <see cref="Depot.Core.Units.UnitService.Intake"/>
/// writes (a unit in the state the lifecycle table gives Intake, its identifier, and one Intake event
/// with no details), through three prepared commands reused for every row inside the import's
/// transaction. Callers have validated the row and looked the identifier up; owner and model are ids.
/// UnitService's per-row path reads the unit and the catalogue several times per row, which a
/// million-row file cannot afford.
/// </summary>
internal sealed class UnitIntakeWriter : IDisposable
{
    private static readonly UnitState Destination = UnitLifecycle.Table.Decide(UnitState.None, Trigger.Intake, TransitionFacts.None).Destination;

    private readonly SqliteCommand _unit;
    private readonly SqliteCommand _identifier;
    private readonly SqliteCommand _event;

    public UnitIntakeWriter(DepotContext context)
    {
        var connection = context.Connection;
        var transaction = context.CurrentTransaction ?? throw new InvalidOperationException("bulk intake runs inside the import's transaction");
        var at = context.Now.ToStored();
        _unit = connection.Command(
            """
            INSERT INTO units (identifier, identifier_kind, owner_id, model_id, state, grade, bin, purchased, warranty_until, care_plan_until, version, state_since)
            VALUES ($id, $kind, $owner, $model, $state, $grade, $bin, $purchased, $warranty, $care, 1, $at)
            RETURNING id
            """, transaction)
            .With("$id", "").With("$kind", "").With("$owner", 0L).With("$model", 0L).With("$state", Destination.ToString())
            .With("$grade", null).With("$bin", null).With("$purchased", null).With("$warranty", null).With("$care", null).With("$at", at);
        _identifier = connection.Command(
            "INSERT INTO unit_identifiers (identifier, unit_id, kind, added_at) VALUES ($id, $unit, $kind, $at)", transaction)
            .With("$id", "").With("$unit", 0L).With("$kind", "").With("$at", at);
        _event = connection.Command(
            """
            INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details)
            VALUES ($unit, $at, $operator, $trigger, NULL, $to, NULL, NULL)
            """, transaction)
            .With("$unit", 0L).With("$at", at).With("$operator", context.Operator).With("$trigger", nameof(Trigger.Intake)).With("$to", Destination.ToString());
        _unit.Prepare();
        _identifier.Prepare();
        _event.Prepare();
    }

    /// <summary>Writes one new unit with its Intake event; returns its id.</summary>
    public long Intake(UnitIdentifier identifier, long ownerId, long modelId, string grade, string? bin, DateOnly? purchased, DateOnly? warrantyUntil, DateOnly? carePlanUntil)
    {
        var p = _unit.Parameters;
        p[0].Value = identifier.Value;
        p[1].Value = identifier.Kind.ToString();
        p[2].Value = ownerId;
        p[3].Value = modelId;
        p[5].Value = grade;
        p[6].Value = (object?)bin ?? DBNull.Value;
        p[7].Value = (object?)purchased?.ToStored() ?? DBNull.Value;
        p[8].Value = (object?)warrantyUntil?.ToStored() ?? DBNull.Value;
        p[9].Value = (object?)carePlanUntil?.ToStored() ?? DBNull.Value;
        var unitId = (long)_unit.ExecuteScalar()!;
        AddIdentifier(unitId, identifier);
        _event.Parameters[0].Value = unitId;
        _event.ExecuteNonQuery();
        return unitId;
    }

    /// <summary>Records another identifier the unit goes by.</summary>
    public void AddIdentifier(long unitId, UnitIdentifier identifier)
    {
        _identifier.Parameters[0].Value = identifier.Value;
        _identifier.Parameters[1].Value = unitId;
        _identifier.Parameters[2].Value = identifier.Kind.ToString();
        _identifier.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _unit.Dispose();
        _identifier.Dispose();
        _event.Dispose();
    }
}
