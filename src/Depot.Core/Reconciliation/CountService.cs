using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

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

        var id = context.Write(w => w.Table<CountSessionRow>().Insert(new CountSessionRow
        {
            Scope = scope.ToString().ToLowerInvariant(),
            Target = target,
            OpenedAt = context.Now,
            OpenedBy = context.Operator,
        }));
        return Require(id);
    }

    /// <summary>Adds one scanned unit to an open session. The scan is kept even when the unit is unknown: that is a difference to resolve.</summary>
    public CountLine Scan(long sessionId, string identifierText, string? bin = null, DateTimeOffset? countedAt = null, string? counter = null)
    {
        var session = RequireOpen(sessionId);
        var identifier = new UnitService(context).Identify(identifierText);
        bin = string.IsNullOrWhiteSpace(bin) ? (session.Scope == CountScope.Bin ? session.Target : null) : bin.Trim();
        var at = countedAt ?? context.Now;
        var who = string.IsNullOrWhiteSpace(counter) ? context.Operator : counter.Trim();
        var id = context.Write(w => w.Table<CountLineRow>().Insert(Line(session.Id, identifier.Value, bin, at, who)));
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
        context.Write(w => w.Table<CountLineRow>().InsertMany([.. parsed.Select(p => Line(session.Id, p.Identifier, p.Bin, p.At, p.Counter))]));
        return parsed.Count;
    }

    /// <summary>The scans of a session, in order.</summary>
    public IReadOnlyList<CountLine> Lines(long sessionId) =>
        context.Read(s => s.Table<CountLineRow>().Find(CountLineRow.BySession, sessionId))
            .Select(l => new CountLine(l.Id, l.SessionId, l.Identifier, l.Bin, l.CountedAt, l.Counter))
            .ToList();

    /// <summary>Sessions newest first; only the open ones when <paramref name="openOnly"/>.</summary>
    public IReadOnlyList<CountSession> Sessions(bool openOnly = false) => context.Read(s =>
        // Count sessions are few (a handful a week): reading them all is cheap.
        s.Table<CountSessionRow>().All()
            .Where(row => !openOnly || row.ClosedAt is null)
            .OrderByDescending(row => row.Id)
            .Select(row => ToSession(s, row))
            .ToList());

    public CountSession? Find(long id) => context.Read(s => s.Table<CountSessionRow>().Get(id) is { } row ? ToSession(s, row) : null);

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

        context.Write(w =>
        {
            var row = w.Table<CountSessionRow>().Get(session.Id)!;
            row.ClosedAt = context.Now;
            row.ClosedBy = context.Operator;
            w.Table<CountSessionRow>().Update(row);
        });
        return Require(session.Id);
    }

    /// <summary>"bin A-01" or "owner NORDBANK".</summary>
    public static string Describe(CountSession session) => $"{session.Scope.ToString().ToLowerInvariant()} {session.Target}";

    private CountSession RequireOpen(long id)
    {
        var session = Require(id);
        return session.IsOpen ? session : throw new RefusedException($"count session {id} was closed {(session.ClosedAt is { } closed ? Calendar.DepotCalendar.For(context).Shown(closed) : default):yyyy-MM-dd HH:mm}; start a new one");
    }

    private static CountLineRow Line(long sessionId, string identifier, string? bin, DateTimeOffset at, string counter) =>
        new() { SessionId = sessionId, Identifier = identifier, Bin = bin, CountedAt = at, Counter = counter };

    private static CountSession ToSession(IStoreSession s, CountSessionRow row) => new(
        row.Id, row.Scope == "bin" ? CountScope.Bin : CountScope.Owner, row.Target, row.OpenedAt, row.OpenedBy, row.ClosedAt,
        (int)s.Table<CountLineRow>().Count(CountLineRow.BySession, row.Id));
}
