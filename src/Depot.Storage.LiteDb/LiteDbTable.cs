using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>One collection of rows. Queries always pass values as parameters (a literal is compiled and cached per value).</summary>
internal sealed class LiteDbTable<TRow>(LiteDbSession session, TableSpec spec) : ITable<TRow>
    where TRow : class, IRow, new()
{
    private readonly ILiteCollection<TRow> _rows = session.Store.Database.GetCollection<TRow>(spec.Name);

    public TRow? Get(long id) => _rows.FindById(id);

    public TRow? FindOne(IndexSpec index, object key) => Find(index, key, 1).FirstOrDefault();

    public IReadOnlyList<TRow> Find(IndexSpec index, object key, int limit = int.MaxValue) =>
        _rows.Find(BsonExpression.Create($"$.{index.Field} = @0", Key(key)), 0, limit).ToList();

    public IReadOnlyList<TRow> Range(IndexSpec index, object? from, object? to, bool descending = false, int limit = int.MaxValue)
    {
        var query = _rows.Query();
        if (from is not null && to is not null)
        {
            query = query.Where(BsonExpression.Create($"$.{index.Field} >= @0 AND $.{index.Field} <= @1", Key(from), Key(to)));
        }
        else if (from is not null)
        {
            query = query.Where(BsonExpression.Create($"$.{index.Field} >= @0", Key(from)));
        }
        else if (to is not null)
        {
            query = query.Where(BsonExpression.Create($"$.{index.Field} <= @0", Key(to)));
        }

        var ordered = descending ? query.OrderByDescending("$." + index.Field) : query.OrderBy("$." + index.Field);
        return ordered.Limit(limit).ToList();
    }

    public IEnumerable<TRow> All() => _rows.FindAll();

    public long Count() => _rows.LongCount();

    public long Count(IndexSpec index, object key) => _rows.LongCount(BsonExpression.Create($"$.{index.Field} = @0", Key(key)));

    public long Insert(TRow row)
    {
        RequireWritable();
        var id = _rows.Insert(row).AsInt64;
        row.Id = id;
        session.Undo(() => _rows.Delete(id));
        return id;
    }

    public void InsertMany(IReadOnlyList<TRow> rows)
    {
        RequireWritable();
        _rows.InsertBulk(rows);
        var ids = rows.Select(r => r.Id).ToList();
        session.Undo(() =>
        {
            foreach (var id in ids)
            {
                _rows.Delete(id);
            }
        });
    }

    public bool Update(TRow row)
    {
        RequireWritable();
        var before = _rows.FindById(row.Id);
        if (before is null)
        {
            return false;
        }

        _rows.Update(row);
        session.Undo(() => _rows.Update(before));
        return true;
    }

    public bool UpdateIfVersion(TRow row, long expectedVersion)
    {
        RequireWritable();
        var before = _rows.FindById(row.Id);
        if (before is not IVersionedRow versioned || versioned.Version != expectedVersion)
        {
            return false;
        }

        _rows.Update(row);
        session.Undo(() => _rows.Update(before));
        return true;
    }

    public bool Delete(long id)
    {
        RequireWritable();
        var before = _rows.FindById(id);
        if (before is null)
        {
            return false;
        }

        _rows.Delete(id);
        session.Undo(() => _rows.Insert(before));
        return true;
    }

    private static BsonValue Key(object key) => key switch
    {
        string text => new BsonValue(text),
        long number => new BsonValue(number),
        int number => new BsonValue((long)number),
        _ => throw new ArgumentException($"an index key is text or an integer, got {key.GetType().Name}"),
    };

    private void RequireWritable()
    {
        if (!session.Writable)
        {
            throw new InvalidOperationException("a read session cannot change the depot");
        }
    }
}
