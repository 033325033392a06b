using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// The statements of one declared index. Text keys compare with COLLATE "C" (byte order, like the
/// embedded engine's ordinal order); a non-unique index also holds the id, so equal keys come out in
/// id order straight from the index.
/// </summary>
internal sealed class IndexSql
{
    private readonly string[] _ranges = new string[8];

    public IndexSql(TableSpec table, IndexSpec index)
    {
        Spec = index;
        var t = TableSql.Quote(table.Name);
        var field = "'" + index.Field.Replace("'", "''", StringComparison.Ordinal) + "'";
        Key = index.KeyType == IndexKeyType.Text ? $"(doc->>{field}) COLLATE \"C\"" : $"((doc->>{field})::bigint)";
        Create = index.Unique
            ? $"CREATE UNIQUE INDEX {TableSql.Quote(index.Name)} ON {t} ({Key})"
            : $"CREATE INDEX {TableSql.Quote(index.Name)} ON {t} ({Key}, id)";
        Find = $"SELECT id, doc FROM {t} WHERE {Key} = $1 ORDER BY {Key}, id LIMIT $2";
        FindMany = $"SELECT id, doc FROM {t} WHERE {Key} = ANY($1) ORDER BY {Key}, id";
        Count = $"SELECT count(*) FROM {t} WHERE {Key} = $1";
        for (var shape = 0; shape < _ranges.Length; shape++)
        {
            var from = (shape & 1) != 0;
            var to = (shape & 2) != 0;
            var direction = (shape & 4) != 0 ? " DESC" : "";

            // Parameters are numbered in the order the bounds are given: from, to, then the limit.
            var where = (from, to) switch
            {
                (true, true) => $" WHERE {Key} >= $1 AND {Key} <= $2",
                (true, false) => $" WHERE {Key} >= $1",
                (false, true) => $" WHERE {Key} <= $1",
                _ => "",
            };
            var limit = 1 + (from ? 1 : 0) + (to ? 1 : 0);
            _ranges[shape] = $"SELECT id, doc FROM {t}{where} ORDER BY {Key}{direction}, id{direction} LIMIT ${limit}";
        }
    }

    public IndexSpec Spec { get; }

    /// <summary>The key expression exactly as the index is built on it (the planner matches it textually).</summary>
    public string Key { get; }

    public string Create { get; }

    public string Find { get; }

    /// <summary>Rows whose key is any of an array's.</summary>
    public string FindMany { get; }

    public string Count { get; }

    public string Range(bool from, bool to, bool descending) => _ranges[(from ? 1 : 0) | (to ? 2 : 0) | (descending ? 4 : 0)];
}
