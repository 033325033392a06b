using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Units;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Reconciliation;

/// <summary>
/// Cycle counts: a session per bin or owner, lines added by scanning or from a cycle-count import,
/// the differences against the system, and their resolution. Nothing is adjusted silently: every
/// change is a lifecycle event or an audited correction with a reason, and a session with open
/// differences cannot be closed.
/// </summary>
public sealed partial class CountService(DepotContext context)
{
    /// <summary>Starts counting a bin or an owner's pool.</summary>
    public CountSession Start(CountScope scope, string target)
    {
        target = (target ?? "").Trim();
        if (scope == CountScope.Owner)
        {
            target = new Catalog(context).RequireOwner(target).Code;
        }
        else if (target.Length is 0 or > 40)
        {
            throw new RefusedException($"a bin code has 1 to 40 characters, got \"{target}\"");
        }

        if (Sessions(openOnly: true).FirstOrDefault(s => s.Scope == scope && string.Equals(s.Target, target, StringComparison.OrdinalIgnoreCase)) is { } open)
        {
            throw new RefusedException($"count session {open.Id} of {Describe(open)} is still open; finish it first (depot count show {open.Id})");
        }

        var id = context.Write(t => (long)context.Connection
            .Command("INSERT INTO count_sessions (scope, target, opened_at, opened_by) VALUES ($scope, $target, $at, $by) RETURNING id", t)
            .With("$scope", scope.ToString().ToLowerInvariant()).With("$target", target).With("$at", context.Now.ToStored()).With("$by", context.Operator)
            .ExecuteScalar()!);
        return Require(id);
    }

    /// <summary>Adds one scanned unit to an open session. The scan is kept even when the unit is unknown: that is a difference to resolve.</summary>
    public CountLine Scan(long sessionId, string identifierText, string? bin = null, DateTimeOffset? countedAt = null, string? counter = null)
    {
        var session = RequireOpen(sessionId);
        var identifier = UnitService.ParseIdentifier(identifierText);
        bin = string.IsNullOrWhiteSpace(bin) ? (session.Scope == CountScope.Bin ? session.Target : null) : bin.Trim();
        var at = countedAt ?? context.Now;
        var who = string.IsNullOrWhiteSpace(counter) ? context.Operator : counter.Trim();
        var id = context.Write(t => InsertLine(t, session.Id, identifier.Value, bin, at, who));
        return new CountLine(id, session.Id, identifier.Value, bin, at, who);
    }

    /// <summary>
    /// Adds parsed cycle-count rows to an open session in one change: every row is checked first
    /// and nothing is added when one is refused (the refusal names the row).
    /// </summary>
    public int Import(long sessionId, IReadOnlyList<CycleCountRow> rows)
    {
        var session = RequireOpen(sessionId);
        var parsed = rows.Select((row, i) =>
        {
            if (!Identifiers.UnitIdentifier.TryParse(row.Imei, out var identifier, out var reason))
            {
                throw new RefusedException($"row {i + 1}: \"{row.Imei}\": {reason}; nothing was added");
            }

            if (string.IsNullOrWhiteSpace(row.Bin))
            {
                throw new RefusedException($"row {i + 1}: no bin; nothing was added");
            }

            return (Identifier: identifier.Value, Bin: row.Bin.Trim(), At: row.Counted ?? context.Now, Counter: string.IsNullOrWhiteSpace(row.Counter) ? context.Operator : row.Counter.Trim());
        }).ToList();
        context.Write(t =>
        {
            foreach (var p in parsed)
            {
                InsertLine(t, session.Id, p.Identifier, p.Bin, p.At, p.Counter);
            }
        });
        return parsed.Count;
    }

    /// <summary>The scans of a session, in order.</summary>
    public IReadOnlyList<CountLine> Lines(long sessionId)
    {
        using var command = context.Connection.Command(
            "SELECT id, session_id, identifier, bin, counted_at, counter FROM count_lines WHERE session_id = $s ORDER BY id", context.CurrentTransaction)
            .With("$s", sessionId);
        using var reader = command.ExecuteReader();
        var lines = new List<CountLine>();
        while (reader.Read())
        {
            lines.Add(new CountLine(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetStringOrNull(3),
                SqlExtensions.ReadInstant(reader.GetString(4)), reader.GetString(5)));
        }

        return lines;
    }

    /// <summary>Sessions newest first; only the open ones when <paramref name="openOnly"/>.</summary>
    public IReadOnlyList<CountSession> Sessions(bool openOnly = false)
    {
        using var command = context.Connection.Command(
            SessionSelect + (openOnly ? " WHERE s.closed_at IS NULL" : "") + " ORDER BY s.id DESC", context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var sessions = new List<CountSession>();
        while (reader.Read())
        {
            sessions.Add(ReadSession(reader));
        }

        return sessions;
    }

    public CountSession? Find(long id)
    {
        using var command = context.Connection.Command(SessionSelect + " WHERE s.id = $id", context.CurrentTransaction).With("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadSession(reader) : null;
    }

    public CountSession Require(long id) => Find(id) ?? throw new RefusedException($"no count session {id} (open ones: {string.Join(", ", Sessions(true).Select(s => s.Id))})");

    /// <summary>Closes a session once every difference is resolved; refused (it stays open) otherwise.</summary>
    public CountSession Close(long sessionId)
    {
        var session = RequireOpen(sessionId);
        var open = Differences(sessionId).Where(d => !d.IsResolved).ToList();
        if (open.Count > 0)
        {
            throw new RefusedException(
                $"count session {session.Id} has {open.Count} unresolved difference(s), e.g. {open[0].Identifier} {open[0].Kind}: resolve each first (depot count resolve)");
        }

        context.Write(t => context.Connection.Command("UPDATE count_sessions SET closed_at = $at, closed_by = $by WHERE id = $id", t)
            .With("$at", context.Now.ToStored()).With("$by", context.Operator).With("$id", session.Id).ExecuteNonQuery());
        return Require(session.Id);
    }

    /// <summary>"bin A-01" or "owner NORDBANK".</summary>
    public static string Describe(CountSession session) => $"{session.Scope.ToString().ToLowerInvariant()} {session.Target}";

    private CountSession RequireOpen(long id)
    {
        var session = Require(id);
        return session.IsOpen ? session : throw new RefusedException($"count session {id} was closed {session.ClosedAt:yyyy-MM-dd HH:mm}; start a new one");
    }

    private long InsertLine(SqliteTransaction t, long sessionId, string identifier, string? bin, DateTimeOffset at, string counter) =>
        (long)context.Connection.Command(
            "INSERT INTO count_lines (session_id, identifier, bin, counted_at, counter) VALUES ($s, $id, $bin, $at, $counter) RETURNING id", t)
            .With("$s", sessionId).With("$id", identifier).With("$bin", bin).With("$at", at.ToStored()).With("$counter", counter)
            .ExecuteScalar()!;

    private const string SessionSelect =
        """
        SELECT s.id, s.scope, s.target, s.opened_at, s.opened_by, s.closed_at,
               (SELECT count(*) FROM count_lines l WHERE l.session_id = s.id)
        FROM count_sessions s
        """;

    private static CountSession ReadSession(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1) == "bin" ? CountScope.Bin : CountScope.Owner, r.GetString(2),
        SqlExtensions.ReadInstant(r.GetString(3)), r.GetString(4),
        r.IsDBNull(5) ? null : SqlExtensions.ReadInstant(r.GetString(5)), r.GetInt32(6));
}
