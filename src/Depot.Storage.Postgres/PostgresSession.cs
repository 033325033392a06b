using Depot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Depot.Storage.Postgres;

/// <summary>
/// A view of the depot on one pooled connection, inside one transaction (a reader's is REPEATABLE
/// READ, so every query sees the same committed moment). The connection is taken at the first
/// query; BEGIN, savepoints and the statements whose results nobody waits for (counters, holds)
/// travel with the next statement instead of costing a round trip each.
/// </summary>
internal partial class PostgresSession : IStoreSession
{
    private const string CounterSql = "SELECT value FROM depot_counters WHERE key = $1";
    private const string CountersSql = "SELECT key, value FROM depot_counters WHERE key >= $1 AND key < $2 AND value <> 0 ORDER BY key";

    /// <summary>The highest character: every key that starts with a prefix sorts below prefix + this.</summary>
    private const string Highest = "\U0010FFFF";

    private readonly List<Deferred> _pending = [];
    private readonly Dictionary<Type, object> _tables = [];

    /// <summary>The queued statements the last batch carried, to tell their failures from the statement that was run.</summary>
    private readonly HashSet<NpgsqlBatchCommand> _carried = [];

    /// <summary>For each result the carried statements return, in order: what reads it (null: passed over).</summary>
    private readonly List<Func<NpgsqlDataReader, ValueTask>?> _carriedResults = [];
    private NpgsqlConnection? _connection;
    private bool _changesQueued;
    private bool _begun;
    private bool _broken;
    private string? _failed;
    private bool _disposed;

    protected PostgresSession(PostgresStore store, bool writable, string begin)
    {
        Store = store;
        Writable = writable;
        _pending.Add(new Deferred(new NpgsqlBatchCommand(begin), ReturnsRows: false));
    }

    internal PostgresStore Store { get; }

    /// <summary>The rows this session already read or wrote.</summary>
    internal RowCache Cache { get; } = new();

    public bool ReadsAhead => true;

    internal bool Writable { get; }

    /// <summary>Whether anything reached the server (so the transaction must be ended there).</summary>
    protected bool Begun => _begun;

    public static PostgresSession Reader(PostgresStore store) =>
        new(store, writable: false, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");

    public ITable<TRow> Table<TRow>() where TRow : class, IRow, new()
    {
        if (!_tables.TryGetValue(typeof(TRow), out var table))
        {
            table = new PostgresTable<TRow>(this, PostgresSchema.Table(typeof(TRow)));
            _tables[typeof(TRow)] = table;
        }

        return (ITable<TRow>)table;
    }

    public long Counter(string key) => Run(async () =>
    {
        await using var batch = await BatchAsync().ConfigureAwait(false);
        Add(batch, CounterSql).Parameters.Add(Text(key));
        return await ScalarAsync(batch).ConfigureAwait(false) is long value ? value : 0;
    });

    public IReadOnlyList<CounterValue> Counters(string prefix) => Run<IReadOnlyList<CounterValue>>(async () =>
    {
        await using var batch = await BatchAsync().ConfigureAwait(false);
        var command = Add(batch, CountersSql);
        command.Parameters.Add(Text(prefix));
        command.Parameters.Add(Text(prefix + Highest));
        var counters = new List<CounterValue>();
        await using var reader = await ReaderAsync(batch).ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            counters.Add(new CounterValue(reader.GetString(0), reader.GetInt64(1)));
        }

        return counters;
    });

    /// <summary>Runs one exchange with the server and waits for it; engine failures become <see cref="StorageException"/>.</summary>
    internal T Run<T>(Func<ValueTask<T>> work)
    {
        ThrowIfUnusable();
        try
        {
            return Blocking.Wait(work());
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            if (e is PostgresException)
            {
                _failed = e.Message;
            }
            else
            {
                _broken = true;
            }

            throw PostgresErrors.Translate(e, Store.Location);
        }
    }

    /// <summary>
    /// A batch on this session's connection that first sends what is pending (BEGIN, savepoints,
    /// deferred statements), in the order it was queued: a read in it sees every change queued before.
    /// Read its rows through <see cref="ReaderAsync"/> or <see cref="ScalarAsync"/>, which pass over
    /// the rows of the deferred statements.
    /// </summary>
    internal async ValueTask<NpgsqlBatch> BatchAsync()
    {
        var connection = await ConnectionAsync().ConfigureAwait(false);
        var batch = connection.CreateBatch();
        _carried.Clear();
        _carriedResults.Clear();
        foreach (var deferred in _pending)
        {
            batch.BatchCommands.Add(deferred.Command);
            _carried.Add(deferred.Command);
            if (deferred.ReturnsRows)
            {
                _carriedResults.Add(deferred.Consume);
            }
        }

        _pending.Clear();
        _begun = true;
        Store.CountRoundTrip();
        return batch;
    }

    /// <summary>
    /// Runs <paramref name="batch"/> and stands on the rows of its first own statement that returns
    /// any; the rows of the carried statements are passed over, or kept when they were read ahead.
    /// </summary>
    internal async ValueTask<NpgsqlDataReader> ReaderAsync(NpgsqlBatch batch)
    {
        var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        foreach (var consume in _carriedResults)
        {
            if (consume is not null)
            {
                await consume(reader).ConfigureAwait(false);
            }

            await reader.NextResultAsync().ConfigureAwait(false);
        }

        return reader;
    }

    /// <summary>Runs <paramref name="batch"/>, whose own statements return no rows, keeping what the carried statements read ahead.</summary>
    internal async ValueTask ExecuteAsync(NpgsqlBatch batch)
    {
        if (_carriedResults.All(c => c is null))
        {
            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
            return;
        }

        await using var reader = await ReaderAsync(batch).ConfigureAwait(false);
        while (await reader.NextResultAsync().ConfigureAwait(false))
        {
        }
    }

    /// <summary>
    /// Queues a read whose rows <paramref name="consume"/> keeps when they arrive with the next
    /// statement; <paramref name="key"/> names what it reads, so a look-up that cannot wait for it
    /// takes its place (<see cref="Unqueue"/>).
    /// </summary>
    internal void ReadAhead(NpgsqlBatchCommand command, string key, Func<NpgsqlDataReader, ValueTask> consume)
    {
        ThrowIfUnusable();
        if (_pending.Any(d => d.Key == key))
        {
            return;
        }

        _pending.Add(new Deferred(command, ReturnsRows: true, consume, key));
    }

    /// <summary>Drops the queued read <paramref name="key"/> (its look-up is being sent now).</summary>
    internal void Unqueue(string key) => _pending.RemoveAll(d => d.Key == key);

    /// <summary>Drops every queued read (a hold is about to be taken, or the unit of work ends).</summary>
    protected void DropReadsAhead() => _pending.RemoveAll(d => d.Key is not null);

    /// <summary>The first column of the first row of <paramref name="batch"/>'s own query (null when it has none).</summary>
    internal async ValueTask<object?> ScalarAsync(NpgsqlBatch batch)
    {
        await using var reader = await ReaderAsync(batch).ConfigureAwait(false);
        return await reader.ReadAsync().ConfigureAwait(false) ? reader.GetValue(0) : null;
    }

    /// <summary>Whether <paramref name="e"/> was raised by a statement that was queued earlier, not by the one being run.</summary>
    internal bool FromCarried(PostgresException e) => e.BatchCommand is { } command && _carried.Contains(command);

    /// <summary>Sends what is pending on its own (before a COPY, which cannot share a round trip).</summary>
    internal async ValueTask<NpgsqlConnection> FlushedConnectionAsync()
    {
        if (_pending.Count > 0)
        {
            await using var batch = await BatchAsync().ConfigureAwait(false);
            await ExecuteAsync(batch).ConfigureAwait(false);
        }

        return await ConnectionAsync().ConfigureAwait(false);
    }

    internal static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(command);
        return command;
    }

    internal static NpgsqlParameter Text(string value) => new NpgsqlParameter<string> { TypedValue = value };

    internal static NpgsqlParameter Integer(long value) => new NpgsqlParameter<long> { TypedValue = value };

    internal static NpgsqlParameter Integers(long[] values) => new NpgsqlParameter<long[]> { TypedValue = values };

    internal static NpgsqlParameter Json(string document) => new NpgsqlParameter<string> { TypedValue = document, NpgsqlDbType = NpgsqlDbType.Jsonb };

    /// <summary>Queues a statement to go out with the next one (a savepoint costs no round trip of its own).</summary>
    protected void Defer(string statement) => _pending.Add(new Deferred(new NpgsqlBatchCommand(statement), ReturnsRows: false));

    /// <summary>
    /// Queues a change whose outcome nobody waits for: it goes out with the next statement (a read
    /// sees it), or with the commit; a failure surfaces there and fails the unit of work.
    /// Dropped unsent when the unit of work is left without commit.
    /// </summary>
    protected NpgsqlBatchCommand Defer(string sql, bool returnsRows)
    {
        var command = new NpgsqlBatchCommand(sql);
        _pending.Add(new Deferred(command, returnsRows));
        _changesQueued = true;
        return command;
    }

    /// <summary>Whether a deferred change was queued (the commit must then reach the server even if nothing else did).</summary>
    protected bool ChangesQueued => _changesQueued;

    /// <summary>Whether <paramref name="statement"/> is still waiting to be sent.</summary>
    protected int PendingIndex(string statement) => _pending.FindIndex(d => d.Command.CommandText == statement && d.Command.Parameters.Count == 0);

    /// <summary>Drops what was queued after position <paramref name="index"/>.</summary>
    protected void DropPendingAfter(int index) => _pending.RemoveRange(index + 1, _pending.Count - index - 1);

    protected void DropPending() => _pending.Clear();

    /// <summary>The unit of work is usable again (after a rollback to a savepoint taken before the failure).</summary>
    protected void Recovered() => _failed = null;

    protected string? Failure => _failed;

    protected bool Broken => _broken;

    /// <summary>Records that a row of <paramref name="table"/> changed (writers tell other benches on commit).</summary>
    internal virtual void Changed(string table, long id)
    {
    }

    internal virtual void ChangedMany(string table, IEnumerable<long> ids)
    {
    }

    public virtual void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!Writable && _begun && !_broken && _failed is null && _connection is { } connection && Store.Park(connection))
        {
            // Its read-only transaction is ended by the next session, in the round trip of its first statement.
            _connection = null;
            return;
        }

        End(_begun && !_broken ? "ROLLBACK" : null);
    }

    /// <summary>Ends the transaction with <paramref name="statement"/> (if any) and gives the connection back to the pool.</summary>
    protected void End(string? statement)
    {
        var connection = _connection;
        _connection = null;
        if (connection is null)
        {
            return;
        }

        try
        {
            if (statement is not null && !_broken)
            {
                using var command = new NpgsqlCommand(statement, connection);
                Store.CountRoundTrip();
                Blocking.Wait(new ValueTask<int>(command.ExecuteNonQueryAsync()));
            }
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            // Rolling back an unfinished unit of work: if the server is gone, so is the transaction.
            _broken = true;
        }
        finally
        {
            Blocking.Wait(connection.DisposeAsync());
        }
    }

    protected void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_broken)
        {
            throw new StorageException(StorageFailure.Unreachable,
                $"the connection to {Store.Location.Display} was lost during this unit of work; nothing of it was saved");
        }

        if (_failed is not null)
        {
            throw new StorageException(StorageFailure.Other,
                $"an earlier change in this unit of work failed ({Store.Location.Redact(_failed)}); nothing of it will be saved");
        }
    }

    private async ValueTask<NpgsqlConnection> ConnectionAsync()
    {
        if (_connection is null && Store.Unpark() is { } parked)
        {
            // A finished read session's transaction is still open on it: ended ahead of this session's BEGIN.
            _pending.Insert(0, new Deferred(new NpgsqlBatchCommand("ROLLBACK"), ReturnsRows: false));
            _connection = parked;
        }

        return _connection ??= await Store.DataSource.OpenConnectionAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A statement waiting for the next round trip; <paramref name="ReturnsRows"/>: its rows are
    /// passed over, or read by <paramref name="Consume"/> (a read ahead, named by <paramref name="Key"/>).
    /// </summary>
    private sealed record Deferred(NpgsqlBatchCommand Command, bool ReturnsRows, Func<NpgsqlDataReader, ValueTask>? Consume = null, string? Key = null);
}
