using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>A read view of the file; a writer is a session that may change it.</summary>
internal class LiteDbSession(LiteDbStore store, bool writable) : IStoreSession
{
    protected const string CountersCollection = "counters";

    private readonly Dictionary<Type, object> _tables = [];

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

    public long Counter(string key)
    {
        var document = store.Database.GetCollection(CountersCollection).FindById(key);
        return document is null ? 0 : document["v"].AsInt64;
    }

    public IReadOnlyList<CounterValue> Counters(string prefix) =>
        store.Database.GetCollection(CountersCollection)
            .Find(BsonExpression.Create("_id >= @0 AND _id < @1", prefix, prefix + char.MaxValue))
            .Select(d => new CounterValue(d["_id"].AsString, d["v"].AsInt64))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Records how to undo a change (writers only).</summary>
    internal virtual void Undo(Action undo)
    {
    }

    public virtual void Dispose()
    {
    }
}
