using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// The statements of one table, written once: a table is <c>(id bigserial primary key, doc jsonb)</c>
/// and each declared index is an expression index over a field of the document.
/// </summary>
internal sealed class TableSql
{
    private readonly Dictionary<IndexSpec, IndexSql> _indexes;

    public TableSql(TableSpec spec)
    {
        Spec = spec;
        var t = Quote(spec.Name);
        Sequence = spec.Name + "_id_seq";
        Create = $"CREATE TABLE IF NOT EXISTS {t} (id bigserial PRIMARY KEY, doc jsonb NOT NULL)";
        Get = $"SELECT doc FROM {t} WHERE id = $1";
        GetMany = $"SELECT id, doc FROM {t} WHERE id = ANY($1) ORDER BY id";
        Page = $"SELECT id, doc FROM {t} WHERE id > $1 ORDER BY id LIMIT $2";
        Count = $"SELECT count(*) FROM {t}";
        Insert = $"INSERT INTO {t} (doc) VALUES ($1) RETURNING id";
        InsertWithId = $"INSERT INTO {t} (id, doc) VALUES ($1, $2)";
        Update = $"UPDATE {t} SET doc = $2 WHERE id = $1";
        UpdateIfVersion = $"UPDATE {t} SET doc = $2 WHERE id = $1 AND (doc->>'Version')::bigint = $3";
        Delete = $"DELETE FROM {t} WHERE id = $1";
        NextIds = $"SELECT nextval('{Sequence}') FROM generate_series(1, $1)";
        Copy = $"COPY {t} (id, doc) FROM STDIN (FORMAT BINARY)";

        // Ids given by the caller (a copy) move the sequence past them, so later rows never collide.
        BumpSequence = $"SELECT setval('{Sequence}', $1) FROM {Sequence} WHERE $1 >= (CASE WHEN is_called THEN last_value + 1 ELSE last_value END)";
        _indexes = spec.Indexes.ToDictionary(i => i, i => new IndexSql(spec, i));
    }

    public TableSpec Spec { get; }

    /// <summary>Whether a unique index may refuse a change (then changes run behind a savepoint of their own).</summary>
    public bool HasUnique => Spec.Indexes.Any(i => i.Unique);

    public string Sequence { get; }

    public string Create { get; }

    public string Get { get; }

    public string GetMany { get; }

    public string Page { get; }

    public string Count { get; }

    public string Insert { get; }

    public string InsertWithId { get; }

    public string Update { get; }

    public string UpdateIfVersion { get; }

    public string Delete { get; }

    public string NextIds { get; }

    public string Copy { get; }

    public string BumpSequence { get; }

    public IEnumerable<IndexSql> Indexes => _indexes.Values;

    public IndexSql For(IndexSpec index) =>
        _indexes.TryGetValue(index, out var sql)
            ? sql
            : throw new ArgumentException($"{index.Name} is not an index of the table {Spec.Name}");

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
