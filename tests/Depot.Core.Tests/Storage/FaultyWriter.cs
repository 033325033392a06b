using Depot.Core.Storage;

namespace Depot.Core.Tests.Storage;

/// <summary>A unit of work whose table of <typeparamref name="TFailing"/> refuses every change.</summary>
internal sealed class FaultyWriter<TFailing>(IStoreWriter inner) : IStoreWriter
    where TFailing : class, IRow, new()
{
    public ITable<TRow> Table<TRow>() where TRow : class, IRow, new() =>
        typeof(TRow) == typeof(TFailing) ? (ITable<TRow>)(object)new FaultyTable<TFailing>(inner.Table<TFailing>()) : inner.Table<TRow>();

    public long Counter(string key) => inner.Counter(key);

    public IReadOnlyList<CounterValue> Counters(string prefix) => inner.Counters(prefix);

    public void AddToCounter(string key, long delta) => inner.AddToCounter(key, delta);

    public IStoreSavepoint Savepoint() => inner.Savepoint();

    public void Hold(string key) => inner.Hold(key);

    public void Commit() => inner.Commit();

    public void Dispose() => inner.Dispose();
}
