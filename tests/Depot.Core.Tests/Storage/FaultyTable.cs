using Depot.Core.Storage;

namespace Depot.Core.Tests.Storage;

/// <summary>A table that reads as usual and refuses every change as a failing engine would.</summary>
internal sealed class FaultyTable<TRow>(ITable<TRow> inner) : ITable<TRow>
    where TRow : class, IRow, new()
{
    public const string Refusal = "the event log is unavailable; nothing was saved";

    public TRow? Get(long id) => inner.Get(id);

    public TRow? FindOne(IndexSpec index, object key) => inner.FindOne(index, key);

    public IReadOnlyList<TRow> Find(IndexSpec index, object key, int limit = int.MaxValue) => inner.Find(index, key, limit);

    public IReadOnlyList<TRow> Range(IndexSpec index, object? from, object? to, bool descending = false, int limit = int.MaxValue) =>
        inner.Range(index, from, to, descending, limit);

    public IEnumerable<TRow> All() => inner.All();

    public long Count() => inner.Count();

    public long Count(IndexSpec index, object key) => inner.Count(index, key);

    public long Insert(TRow row) => throw Fail();

    public void InsertMany(IReadOnlyList<TRow> rows) => throw Fail();

    public bool Update(TRow row) => throw Fail();

    public bool UpdateIfVersion(TRow row, long expectedVersion) => throw Fail();

    public bool Delete(long id) => throw Fail();

    private static StorageException Fail() => new(StorageFailure.Other, Refusal);
}
