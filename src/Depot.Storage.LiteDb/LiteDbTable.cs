using System.Reflection;
using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>One collection of rows, read and written through the indexes the row type declares.</summary>
internal sealed class LiteDbTable<TRow>(LiteDbSession session, TableSpec spec) : ITable<TRow>
    where TRow : class, IRow, new()
{
    /// <summary>Rows read per query by <see cref="All"/>: no cursor stays open between them.</summary>
    private const int Chunk = 1000;

    private static readonly (IndexSpec Index, Func<TRow, object?> Key)[] UniqueKeys =
        StoreSchema.For(typeof(TRow)).Indexes.Where(i => i.Unique).Select(i => (i, Getter(i.Field))).ToArray();

    private ILiteCollection<TRow> Rows => session.Store.Collection<TRow>(spec.Name);

    public TRow? Get(long id) => session.Run(() => Rows.FindById(id));

    public TRow? FindOne(IndexSpec index, object key) => Find(index, key, 1).FirstOrDefault();

    public IReadOnlyList<TRow> Find(IndexSpec index, object key, int limit = int.MaxValue)
    {
        var plan = Plan(index);
        return session.Run(() => Rows.Query().Where(plan.EqualTo(key)).OrderBy(plan.OrderBy).Limit(limit).ToList());
    }

    public IReadOnlyList<TRow> Range(IndexSpec index, object? from, object? to, bool descending = false, int limit = int.MaxValue)
    {
        var plan = Plan(index);
        return session.Run(() =>
        {
            var query = Rows.Query().Where(plan.Between(from, to));
            var ordered = descending ? query.OrderByDescending(plan.OrderBy) : query.OrderBy(plan.OrderBy);
            return ordered.Limit(limit).ToList();
        });
    }

    public IEnumerable<TRow> All()
    {
        var last = 0L;
        while (true)
        {
            var after = last;
            var chunk = session.Run(() => Rows.Find(BsonExpression.Create("_id > @0", after), 0, Chunk).ToList());
            foreach (var row in chunk)
            {
                yield return row;
            }

            if (chunk.Count < Chunk)
            {
                yield break;
            }

            last = chunk[^1].Id;
        }
    }

    public long Count() => session.Run(() => Rows.LongCount());

    public long Count(IndexSpec index, object key)
    {
        var plan = Plan(index);
        return session.Run(() => Rows.LongCount(plan.EqualTo(key)));
    }

    public long Insert(TRow row)
    {
        RequireWritable();
        RefuseDuplicates(row);
        return session.Run(() =>
        {
            var rows = Rows;
            var id = rows.Insert(row).AsInt64;
            row.Id = id;
            session.Undo(() => rows.Delete(id));
            return id;
        });
    }

    public void InsertMany(IReadOnlyList<TRow> rows)
    {
        RequireWritable();
        if (rows.Count == 0)
        {
            return;
        }

        // No look-up per row: a duplicate key makes LiteDB throw, and the whole unit of work is undone.
        session.Run(() =>
        {
            var collection = Rows;
            collection.InsertBulk(rows, batchSize: 5000);
            var ids = rows.Select(r => r.Id).ToList();
            session.Undo(() =>
            {
                foreach (var id in ids)
                {
                    collection.Delete(id);
                }
            });
        });
    }

    public bool Update(TRow row)
    {
        RequireWritable();
        RefuseDuplicates(row);
        return session.Run(() =>
        {
            var rows = Rows;
            var before = rows.FindById(row.Id);
            if (before is null)
            {
                return false;
            }

            rows.Update(row);
            session.Undo(() => rows.Update(before));
            return true;
        });
    }

    public bool UpdateIfVersion(TRow row, long expectedVersion)
    {
        RequireWritable();
        RefuseDuplicates(row);
        return session.Run(() =>
        {
            // Writers are serialised across threads and processes, so nothing can change the row
            // between this read and the write below.
            var rows = Rows;
            var before = rows.FindById(row.Id);
            if (before is not IVersionedRow versioned || versioned.Version != expectedVersion)
            {
                return false;
            }

            rows.Update(row);
            session.Undo(() => rows.Update(before));
            return true;
        });
    }

    public bool Delete(long id)
    {
        RequireWritable();
        return session.Run(() =>
        {
            var rows = Rows;
            var before = rows.FindById(id);
            if (before is null)
            {
                return false;
            }

            rows.Delete(id);
            session.Undo(() => rows.Insert(before));
            return true;
        });
    }

    private static LiteDbIndexes.Plan Plan(IndexSpec index) => LiteDbIndexes.For(index);

    /// <summary>
    /// A unique key already taken by another row is refused before LiteDB sees it: LiteDB would
    /// roll back the whole unit of work, where the contract wants only this change refused.
    /// </summary>
    private void RefuseDuplicates(TRow row)
    {
        foreach (var (index, key) in UniqueKeys)
        {
            var value = key(row);
            if (value is null)
            {
                continue;
            }

            var holder = FindOne(index, value);
            if (holder is not null && holder.Id != row.Id)
            {
                throw new StorageException(StorageFailure.Duplicate,
                    $"{spec.Name}: another row (id {holder.Id}) already has {index.Field} \"{value}\"; nothing was saved");
            }
        }
    }

    private void RequireWritable()
    {
        if (!session.Writable)
        {
            throw new InvalidOperationException("a read session cannot change the depot");
        }
    }

    private static Func<TRow, object?> Getter(string field)
    {
        var property = typeof(TRow).GetProperty(field, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} has no property {field} for its index");
        return row =>
        {
            var value = property.GetValue(row);
            return value is int number ? (long)number : value;
        };
    }
}
