using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>A read view of the file, holding the gate (and so the file lock) until disposed; a writer is a session that may change it.</summary>
internal class LiteDbSession(LiteDbStore store, bool writable, Action release) : IStoreSession
{
    protected const string CountersCollection = "counters";

    private readonly Dictionary<Type, object> _tables = [];
    private bool _released;

    internal LiteDbStore Store => store;

    internal bool Writable => writable;

    public ITable<TRow> Table<TRow>() where TRow : class, IRow, new()
    {
        if (!_tables.TryGetValue(typeof(TRow), out var table))
        {
            table = new LiteDbTable<TRow>(this, StoreSchema.For(typeof(TRow)));
            _tables[typeof(TRow)] = table;
        }

        return (ITable<TRow>)table;
    }

    public long Counter(string key) => Run(() =>
    {
        var document = store.Documents(CountersCollection).FindById(key);
        return document is null ? 0 : document["v"].AsInt64;
    });

    public IReadOnlyList<CounterValue> Counters(string prefix) =>
        writable ? ReadCounters(prefix) : store.CommittedCounters(prefix, () => ReadCounters(prefix));

    private IReadOnlyList<CounterValue> ReadCounters(string prefix) => Run(() =>
        store.Documents(CountersCollection)
            .Find(BsonExpression.Create("_id BETWEEN @0 AND @1", prefix, prefix + char.MaxValue))
            .Select(d => new CounterValue(d["_id"].AsString, d["v"].AsInt64))
            .Where(c => c.Value != 0 && c.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList());

    /// <summary>Runs one engine call: checks the session may be used here, and words any failure for an operator.</summary>
    internal T Run<T>(Func<T> call)
    {
        ThrowIfReleased();
        BeforeCall();
        try
        {
            return call();
        }
        catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
        {
            Failed(e);
            if (e is LiteException or IOException or ObjectDisposedException)
            {
                store.Gate.Suspect = e is not LiteException { ErrorCode: LiteException.INDEX_DUPLICATE_KEY };
            }

            throw LiteDbErrors.Translate(e, store.Description.Location);
        }
    }

    internal void Run(Action call) => Run(() =>
    {
        call();
        return 0;
    });

    /// <summary>Records how to undo a change (writers only).</summary>
    internal virtual void Undo(Action undo)
    {
    }

    /// <summary>Checks made before every engine call (a writer: its thread, and that it has not failed).</summary>
    protected virtual void BeforeCall()
    {
    }

    /// <summary>An engine call failed (a writer: the unit of work is lost, LiteDB rolled it back).</summary>
    protected virtual void Failed(Exception e)
    {
    }

    protected void ThrowIfReleased()
    {
        if (_released)
        {
            throw new ObjectDisposedException(GetType().Name, "this read or unit of work is already finished");
        }
    }

    public virtual void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        release();
    }
}
