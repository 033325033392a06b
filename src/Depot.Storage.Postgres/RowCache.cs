using System.Collections.Concurrent;
using System.Reflection;
using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// The rows one session has already read or written, so asking again costs no round trip. A
/// receive reads the unit's cases, their units and their events in several steps (closing finished
/// cases, counting the report figures) that each used to fetch them again.
/// <para>
/// A reader's transaction sees one committed moment (REPEATABLE READ): what it read stays true.
/// A unit of work's own changes are written through: a changed row replaces the kept copy, a new
/// row joins the kept look-ups of its keys, and a look-up a change may have altered otherwise is
/// forgotten. Whatever may have been decided by another bench since is forgotten too: everything
/// when the unit of work takes a hold (what the previous holder wrote must be read after it) or
/// rolls back to a savepoint, and the row when a version check finds it changed.
/// </para>
/// Rows are kept as their documents and read into a new row object on every hit, so a caller that
/// changes a row it was given changes nobody else's.
/// </summary>
internal sealed class RowCache
{
    /// <summary>Look-ups with more rows are not kept (a long list is read once anyway).</summary>
    private const int LargestKept = 500;

    /// <summary>Above this many kept rows the session starts over (a long unit of work: an import, a copy).</summary>
    private const int MostRows = 20_000;

    private readonly Dictionary<(string Table, long Id), string?> _rows = [];
    private readonly Dictionary<(string Table, string Index, object Key), Lookup> _found = [];
    private readonly Dictionary<string, List<long>> _whole = [];

    public bool TryGet(string table, long id, out string? document) => _rows.TryGetValue((table, id), out document);

    /// <summary>The kept rows of a look-up of <paramref name="key"/>, if it was made with at least <paramref name="limit"/> rows or found them all.</summary>
    public IReadOnlyList<(long Id, string Document)>? TryFind(string table, IndexSpec index, object key, int limit)
    {
        if (!_found.TryGetValue((table, index.Name, Normal(key)), out var found) || (!found.Complete && limit > found.Ids.Count))
        {
            return null;
        }

        var rows = new List<(long, string)>(Math.Min(limit, found.Ids.Count));
        foreach (var id in found.Ids.Take(limit))
        {
            if (!_rows.TryGetValue((table, id), out var document) || document is null)
            {
                return null;
            }

            rows.Add((id, document));
        }

        return rows;
    }

    /// <summary>Every row of a small table, if it was read whole since it last changed.</summary>
    public IReadOnlyList<(long Id, string Document)>? TryAll(string table)
    {
        if (!_whole.TryGetValue(table, out var ids))
        {
            return null;
        }

        var rows = new List<(long, string)>(ids.Count);
        foreach (var id in ids)
        {
            if (!_rows.TryGetValue((table, id), out var document) || document is null)
            {
                return null;
            }

            rows.Add((id, document));
        }

        return rows;
    }

    /// <summary>Keeps a whole table as read (in id order); a table of more than a few hundred rows is not kept.</summary>
    public void ReadAll(string table, IReadOnlyList<(long Id, string Document)> rows)
    {
        if (rows.Count > LargestKept)
        {
            return;
        }

        Room(rows.Count + 1);
        foreach (var (id, document) in rows)
        {
            _rows[(table, id)] = document;
        }

        _whole[table] = [.. rows.Select(r => r.Id)];
    }

    /// <summary>Keeps what the server said a row is (null: there is no such row).</summary>
    public void Read(string table, long id, string? document)
    {
        Room(1);
        _rows[(table, id)] = document;
    }

    /// <summary>Keeps what a look-up of <paramref name="key"/> asked with <paramref name="limit"/> returned, in id order.</summary>
    public void Found(string table, IndexSpec index, object key, int limit, IReadOnlyList<(long Id, string Document)> rows)
    {
        if (rows.Count > LargestKept)
        {
            return;
        }

        Room(rows.Count + 1);
        foreach (var (id, document) in rows)
        {
            _rows[(table, id)] = document;
        }

        _found[(table, index.Name, Normal(key))] = new Lookup([.. rows.Select(r => r.Id)], rows.Count < limit);
    }

    /// <summary>This session added a row with the keys <paramref name="keys"/> (index name → key, null: not in the index).</summary>
    public void Inserted(string table, long id, string document, IReadOnlyDictionary<string, object?> keys)
    {
        Room(1);
        _whole.Remove(table);
        _rows[(table, id)] = document;
        foreach (var (at, found) in _found.Where(f => f.Key.Table == table).ToList())
        {
            if (keys.TryGetValue(at.Index, out var key) && key is not null && Equals(Normal(key), at.Key))
            {
                if (found.Ids.Count > 0 && found.Ids[^1] > id)
                {
                    // Not after the rows already found: its place is unknown without reading again.
                    _found.Remove(at);
                }
                else if (found.Complete)
                {
                    found.Ids.Add(id);
                }

                // An incomplete look-up knew only its first rows; a new row with a higher id comes after them.
            }
        }
    }

    /// <summary>This session replaced the row: look-ups that held it, or that its new keys join, are forgotten.</summary>
    public void Updated(string table, long id, string document, IReadOnlyDictionary<string, object?> keys)
    {
        Room(1);
        _rows[(table, id)] = document;
        Forget(table, id, keys);
    }

    public void Deleted(string table, long id)
    {
        _rows[(table, id)] = null;
        Forget(table, id, null);
    }

    /// <summary>What is kept of the row may be out of date (its version check failed): read it again when asked.</summary>
    public void Stale(string table, long id)
    {
        _rows.Remove((table, id));
        Forget(table, id, null);
    }

    /// <summary>Many rows of <paramref name="table"/> changed at once: its look-ups are forgotten, the rows kept as written.</summary>
    public void ChangedMany(string table)
    {
        _whole.Remove(table);
        foreach (var at in _found.Keys.Where(k => k.Table == table).ToList())
        {
            _found.Remove(at);
        }

        foreach (var at in _rows.Keys.Where(k => k.Table == table).ToList())
        {
            _rows.Remove(at);
        }
    }

    public void Clear()
    {
        _rows.Clear();
        _found.Clear();
        _whole.Clear();
    }

    /// <summary>The key of <paramref name="row"/> in each declared index of its table (null: not in that index).</summary>
    public static IReadOnlyDictionary<string, object?> KeysOf<TRow>(TableSpec spec, TRow row) where TRow : class, IRow =>
        spec.Indexes.ToDictionary(i => i.Name, i => KeyOf(i, row));

    /// <summary>The key <paramref name="row"/> has in <paramref name="index"/>, as a look-up would give it.</summary>
    public static object? KeyOf<TRow>(IndexSpec index, TRow row) where TRow : class, IRow
    {
        var value = Properties.GetOrAdd((typeof(TRow), index.Field), static at =>
            at.Type.GetProperty(at.Field, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{at.Type.Name} has no property {at.Field}")).GetValue(row);
        return value is null ? null : Normal(value);
    }

    private static readonly ConcurrentDictionary<(Type Type, string Field), PropertyInfo> Properties = new();

    private static object Normal(object key) => key switch
    {
        int number => (long)number,
        _ => key,
    };

    private void Forget(string table, long id, IReadOnlyDictionary<string, object?>? keys)
    {
        _whole.Remove(table);
        foreach (var (at, found) in _found.Where(f => f.Key.Table == table).ToList())
        {
            var joins = keys is not null && keys.TryGetValue(at.Index, out var key) && key is not null && Equals(Normal(key), at.Key);
            if (joins || found.Ids.Contains(id))
            {
                _found.Remove(at);
            }
        }
    }

    private void Room(int wanted)
    {
        if (_rows.Count + wanted > MostRows)
        {
            Clear();
        }
    }

    /// <summary>The ids a look-up returned; <paramref name="Complete"/>: all rows of the key, else only the first ones.</summary>
    private sealed record Lookup(List<long> Ids, bool Complete);
}
