using Depot.Core.Cases;
using System.Text.Json;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Units;

/// <summary>
/// Finds units and moves them through the lifecycle. Every change checks the lifecycle table,
/// writes the new state and its event in one transaction, and refuses a writer whose view of the
/// unit is out of date.
/// </summary>
public sealed partial class UnitService(DepotContext context)
{
    private readonly Catalog _catalog = new(context);

    /// <summary>Reads an identifier or refuses with the reason a technician understands.</summary>
    public static UnitIdentifier ParseIdentifier(string text) =>
        UnitIdentifier.TryParse(text, out var id, out var reason) ? id : throw RefusedException.InvalidIdentifier(text, reason);

    /// <summary>The unit known by <paramref name="text"/> or any identifier it ever had; null when unknown.</summary>
    public Unit? Find(string text) => Find(ParseIdentifier(text));

    /// <summary>The unit known by <paramref name="identifier"/> now or in the past; null when unknown.</summary>
    public Unit? Find(UnitIdentifier identifier)
    {
        using var command = context.Connection.Command(
            UnitSelect + " JOIN unit_identifiers i ON i.unit_id = u.id WHERE i.identifier = $id",
            context.CurrentTransaction).With("$id", identifier.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUnit(reader) : null;
    }

    /// <summary>The unit known by <paramref name="text"/>, or a refusal saying it is unknown.</summary>
    public Unit Require(string text)
    {
        var identifier = ParseIdentifier(text);
        return Find(identifier) ?? throw RefusedException.UnknownUnit(identifier.ToString());
    }

    public Unit? FindById(long id)
    {
        using var command = context.Connection.Command(UnitSelect + " WHERE u.id = $id", context.CurrentTransaction).With("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUnit(reader) : null;
    }

    /// <summary>Units matching <paramref name="filter"/>, longest in their state first.</summary>
    public IReadOnlyList<Unit> List(UnitFilter filter)
    {
        var where = new List<string>();
        using var command = context.Connection.Command("", context.CurrentTransaction);
        if (filter.State is { } state)
        {
            where.Add("u.state = $state");
            command.With("$state", state.ToString());
        }

        if (filter.OwnerCode is { } owner)
        {
            where.Add("o.code = $owner");
            command.With("$owner", owner);
        }

        if (filter.ModelSku is { } model)
        {
            where.Add("m.sku = $model");
            command.With("$model", model);
        }

        command.CommandText = UnitSelect
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY u.state_since, u.id LIMIT $limit";
        command.With("$limit", filter.Limit);
        using var reader = command.ExecuteReader();
        var units = new List<Unit>();
        while (reader.Read())
        {
            units.Add(ReadUnit(reader));
        }

        return units;
    }

    /// <summary>Every identifier the unit ever had, oldest first.</summary>
    public IReadOnlyList<string> Identifiers(long unitId)
    {
        using var command = context.Connection.Command(
            "SELECT i.identifier FROM unit_identifiers i JOIN units u ON u.id = i.unit_id WHERE i.unit_id = $u ORDER BY i.added_at, i.identifier = u.identifier, i.identifier", context.CurrentTransaction).With("$u", unitId);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The unit's full audit trail, oldest first.</summary>
    public IReadOnlyList<UnitEvent> History(long unitId)
    {
        using var command = context.Connection.Command(
            """
            SELECT e.id, e.unit_id, e.at, e.operator, e.trigger, e.from_state, e.to_state, c.ticket, e.details
            FROM events e LEFT JOIN cases c ON c.id = e.case_id
            WHERE e.unit_id = $u ORDER BY e.id
            """, context.CurrentTransaction).With("$u", unitId);
        using var reader = command.ExecuteReader();
        var events = new List<UnitEvent>();
        while (reader.Read())
        {
            events.Add(new UnitEvent(
                reader.GetInt64(0),
                reader.GetInt64(1),
                SqlExtensions.ReadInstant(reader.GetString(2)),
                reader.GetString(3),
                Enum.Parse<Trigger>(reader.GetString(4)),
                reader.IsDBNull(5) ? UnitState.None : Enum.Parse<UnitState>(reader.GetString(5)),
                Enum.Parse<UnitState>(reader.GetString(6)),
                reader.GetStringOrNull(7),
                reader.IsDBNull(8)
                    ? new Dictionary<string, string>()
                    : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(8)) ?? []));
        }

        return events;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="unit"/> (null: a unit not yet known).
    /// Checks the lifecycle, then writes state and event together; throws <see cref="RefusedException"/>
    /// and writes nothing when the change is not permitted or the unit changed meanwhile.
    /// </summary>
    private UnitEvent Apply(Unit? unit, UnitIdentifier identifier, Change change)
    {
        var from = unit?.State ?? UnitState.None;
        if (unit is not null && change.ExpectedVersion is { } expected && unit.Version != expected)
        {
            throw Conflict(identifier, unit.State);
        }

        var decision = UnitLifecycle.Decide(from, change.Trigger, change.Facts);
        if (!decision.Permitted)
        {
            throw decision.ToException(identifier.ToString());
        }

        var at = context.Now;
        var details = change.Details.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
        return context.Write(transaction =>
        {
            var unitId = unit is null
                ? InsertUnit(transaction, identifier, change.Creating, decision.Destination, at)
                : UpdateState(transaction, unit, identifier, decision.Destination, at, change.Unannounced);

            using (var insert = context.Connection.Command(
                """
                INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details)
                VALUES ($unit, $at, $operator, $trigger, $from, $to, $case, $details)
                """, transaction))
            {
                insert.With("$unit", unitId).With("$at", at.ToStored()).With("$operator", context.Operator)
                    .With("$trigger", change.Trigger.ToString())
                    .With("$from", from == UnitState.None ? null : from.ToString())
                    .With("$to", decision.Destination.ToString())
                    .With("$case", change.CaseId)
                    .With("$details", details.Count == 0 ? null : JsonSerializer.Serialize(details))
                    .ExecuteNonQuery();
            }

            var eventId = (long)context.Connection.Scalar("SELECT last_insert_rowid()", transaction)!;
            change.AlsoWrite?.Invoke(transaction, unitId);
            new CaseService(context).CloseFinishedOf(transaction, unitId);
            return new UnitEvent(eventId, unitId, at, context.Operator, change.Trigger, from, decision.Destination, change.CaseTicket, details);
        });
    }

    private long InsertUnit(SqliteTransaction transaction, UnitIdentifier identifier, UnitDetails? details, UnitState state, DateTimeOffset at)
    {
        long? ownerId = details is null ? null : _catalog.RequireOwner(details.OwnerCode).Id;
        long? modelId = details is null ? null : _catalog.RequireModel(details.ModelSku).Id;
        using var insert = context.Connection.Command(
            """
            INSERT INTO units (identifier, identifier_kind, owner_id, model_id, state, grade, bin, purchased, warranty_until, care_plan_until, version, state_since)
            VALUES ($id, $kind, $owner, $model, $state, $grade, $bin, $purchased, $warranty, $care, 1, $at)
            RETURNING id
            """, transaction);
        insert.With("$id", identifier.Value).With("$kind", identifier.Kind.ToString())
            .With("$owner", ownerId).With("$model", modelId).With("$state", state.ToString())
            .With("$grade", details?.Grade).With("$bin", details?.Bin)
            .With("$purchased", details?.Purchased?.ToStored())
            .With("$warranty", details?.WarrantyUntil?.ToStored())
            .With("$care", details?.CarePlanUntil?.ToStored())
            .With("$at", at.ToStored());
        var unitId = (long)insert.ExecuteScalar()!;
        try
        {
            AddIdentifier(transaction, unitId, identifier, at);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            // Another bench made the same unit known between our read and this write.
            var now = Find(identifier);
            throw Conflict(identifier, now?.State ?? UnitState.None);
        }

        return unitId;
    }

    private void AddIdentifier(SqliteTransaction transaction, long unitId, UnitIdentifier identifier, DateTimeOffset at) =>
        context.Connection.Command(
            "INSERT INTO unit_identifiers (identifier, unit_id, kind, added_at) VALUES ($id, $unit, $kind, $at)", transaction)
            .With("$id", identifier.Value).With("$unit", unitId).With("$kind", identifier.Kind.ToString()).With("$at", at.ToStored())
            .ExecuteNonQuery();

    private long UpdateState(SqliteTransaction transaction, Unit unit, UnitIdentifier identifier, UnitState to, DateTimeOffset at, bool? unannounced)
    {
        using var update = context.Connection.Command(
            """
            UPDATE units SET state = $to, version = version + 1, state_since = $at, unannounced = coalesce($unannounced, unannounced)
            WHERE id = $id AND version = $version
            """, transaction);
        update.With("$to", to.ToString()).With("$at", at.ToStored()).With("$id", unit.Id).With("$version", unit.Version)
            .With("$unannounced", unannounced is null ? null : unannounced.Value ? 1 : 0);
        if (update.ExecuteNonQuery() == 0)
        {
            var now = FindById(unit.Id);
            throw Conflict(identifier, now?.State ?? unit.State);
        }

        return unit.Id;
    }

    private static ConcurrencyException Conflict(UnitIdentifier identifier, UnitState now) => new(identifier.ToString(), now);

    private const string UnitSelect =
        """
        SELECT u.id, u.identifier, u.identifier_kind, o.code, m.sku, u.state, u.grade, u.bin, u.purchased,
               u.warranty_until, u.care_plan_until, u.unannounced, u.version, u.state_since
        FROM units u LEFT JOIN owners o ON o.id = u.owner_id LEFT JOIN models m ON m.id = u.model_id
        """;

    private static Unit ReadUnit(SqliteDataReader r) => new(
        r.GetInt64(0),
        new UnitIdentifier(r.GetString(1), Enum.Parse<IdentifierKind>(r.GetString(2))),
        r.GetStringOrNull(3),
        r.GetStringOrNull(4),
        Enum.Parse<UnitState>(r.GetString(5)),
        r.GetStringOrNull(6),
        r.GetStringOrNull(7),
        SqlExtensions.ReadDate(r.GetStringOrNull(8)),
        SqlExtensions.ReadDate(r.GetStringOrNull(9)),
        SqlExtensions.ReadDate(r.GetStringOrNull(10)),
        r.GetInt64(11) != 0,
        r.GetInt64(12),
        SqlExtensions.ReadInstant(r.GetString(13)));

    /// <summary>One requested change: the trigger, the facts its guards need, and what else to write with it.</summary>
    private sealed record Change(Trigger Trigger)
    {
        public TransitionFacts Facts { get; init; } = TransitionFacts.None;

        public Dictionary<string, string?> Details { get; init; } = [];

        public long? ExpectedVersion { get; init; }

        public long? CaseId { get; init; }

        public string? CaseTicket { get; init; }

        /// <summary>The descriptive fields when the change makes a new unit known (null: unknown owner and model).</summary>
        public UnitDetails? Creating { get; init; }

        public bool? Unannounced { get; init; }

        /// <summary>Further writes in the same transaction (repair orders, case links, identifiers).</summary>
        public Action<SqliteTransaction, long>? AlsoWrite { get; init; }
    }
}
