using System.Globalization;
using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// One unit of work: one READ COMMITTED transaction (optimistic versions guard the rows that
/// matter: <see cref="ITable{TRow}.UpdateIfVersion"/> checks and writes in one statement).
/// Savepoints are the server's own. The commit carries the change notices for other benches, so
/// they are delivered only if it succeeds.
/// </summary>
internal sealed class PostgresWriter(PostgresStore store, Action release) : PostgresSession(store, writable: true, "BEGIN"), IStoreWriter
{
    private const string AddSql =
        "INSERT INTO depot_counters (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = depot_counters.value + excluded.value";

    // A transaction-scoped advisory lock on the key's 64-bit hash: released by COMMIT or ROLLBACK,
    // never left behind by a bench that dies. Two keys sharing a hash only wait for each other.
    private const string HoldSql = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    private readonly Dictionary<string, HashSet<long>> _changes = [];
    private int _savepoints;
    private bool _done;
    private Action? _release = release;

    public void AddToCounter(string key, long delta)
    {
        RequireOpen();
        if (delta == 0)
        {
            return;
        }

        // Nobody waits for the new value: it goes out with the next statement (a read of it sees it) or the commit.
        ThrowIfUnusable();
        var command = Defer(AddSql, returnsRows: false);
        command.Parameters.Add(Text(key));
        command.Parameters.Add(Integer(delta));
    }

    public void Hold(string key)
    {
        RequireOpen();

        // Taken by the server before the next statement of the same round trip runs, so before anything is read.
        // A read queued ahead of it would run before it: it is dropped, and asked again after the hold.
        ThrowIfUnusable();
        DropReadsAhead();
        Defer(HoldSql, returnsRows: true).Parameters.Add(Text(key));

        // What the previous holder wrote is read after the hold, not taken from before it.
        Cache.Clear();
    }

    public IStoreSavepoint Savepoint()
    {
        RequireOpen();
        ThrowIfUnusable();
        var name = "s" + (++_savepoints).ToString(CultureInfo.InvariantCulture);
        Defer("SAVEPOINT " + name);
        return new Mark(this, name);
    }

    public void Commit()
    {
        RequireOpen();
        ThrowIfUnusable();
        DropReadsAhead();
        if (Begun || ChangesQueued || _changes.Count > 0)
        {
            Run(async () =>
            {
                await using var batch = await BatchAsync().ConfigureAwait(false);
                foreach (var (table, ids) in _changes)
                {
                    foreach (var payload in ChangeNotice.Payloads(Store.Origin, table, ids))
                    {
                        Add(batch, ChangeNotice.NotifySql).Parameters.Add(Text(payload));
                    }
                }

                Add(batch, "COMMIT");
                return await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
            });
        }

        _done = true;
        End(null);
    }

    internal override void Changed(string table, long id)
    {
        if (ChangeNotice.Watched(table))
        {
            Ids(table).Add(id);
        }
    }

    internal override void ChangedMany(string table, IEnumerable<long> ids)
    {
        if (ChangeNotice.Watched(table))
        {
            Ids(table).UnionWith(ids);
        }
    }

    public override void Dispose()
    {
        _done = true;
        try
        {
            base.Dispose();
        }
        finally
        {
            Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }

    private HashSet<long> Ids(string table)
    {
        if (!_changes.TryGetValue(table, out var ids))
        {
            ids = [];
            _changes[table] = ids;
        }

        return ids;
    }

    private void RollbackTo(string name)
    {
        RequireOpen();
        if (Broken)
        {
            ThrowIfUnusable();
        }

        Cache.Clear();
        var statement = "SAVEPOINT " + name;
        var pending = PendingIndex(statement);
        if (pending >= 0)
        {
            // Nothing reached the server since the savepoint: forgetting what was queued after it is the rollback.
            DropPendingAfter(pending);
            return;
        }

        // Whatever was queued after the savepoint was taken after it too, and goes with it.
        DropPending();
        Recovered();
        Run(async () =>
        {
            await using var batch = await BatchAsync().ConfigureAwait(false);
            Add(batch, "ROLLBACK TO SAVEPOINT " + name);
            return await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
        });
    }

    private void RequireOpen()
    {
        if (_done)
        {
            throw new InvalidOperationException("this unit of work is already finished");
        }
    }

    private sealed class Mark(PostgresWriter writer, string name) : IStoreSavepoint
    {
        public void Rollback() => writer.RollbackTo(name);
    }
}
