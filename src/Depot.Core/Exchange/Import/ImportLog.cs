using Depot.Core.Storage;

namespace Depot.Core.Exchange.Import;

/// <summary>One import as the depot recorded it.</summary>
public sealed record ImportRecord(long Id, string Kind, string FileName, string Sha256, string Operator, DateTimeOffset At,
    long RowsRead, long Applied, long AlreadyApplied, long Rejected);

/// <summary>The record of every import that changed the depot: file name and hash, operator, time, counts.</summary>
public sealed class ImportLog(DepotContext context)
{
    /// <summary>Starts the record inside the import's transaction (rows applied may point to it).</summary>
    internal long Begin(string kind, string fileName, string sha256, bool strict) => (long)context.Connection.Command(
            """
            INSERT INTO imports (kind, file_name, sha256, operator, at, rows_read, applied, already_applied, rejected, strict)
            VALUES ($kind, $file, $sha, $operator, $at, 0, 0, 0, 0, $strict) RETURNING id
            """, context.CurrentTransaction)
        .With("$kind", kind).With("$file", fileName).With("$sha", sha256).With("$operator", context.Operator)
        .With("$at", context.Now.ToStored()).With("$strict", strict ? 1 : 0).ExecuteScalar()!;

    internal void Finish(long id, long read, long applied, long already, long rejected) => context.Connection.Command(
            "UPDATE imports SET rows_read = $read, applied = $applied, already_applied = $already, rejected = $rejected WHERE id = $id",
            context.CurrentTransaction)
        .With("$read", read).With("$applied", applied).With("$already", already).With("$rejected", rejected).With("$id", id)
        .ExecuteNonQuery();

    /// <summary>The latest imports, newest first.</summary>
    public IReadOnlyList<ImportRecord> Recent(int limit = 50)
    {
        using var command = context.Connection.Command(
            """
            SELECT id, kind, file_name, sha256, operator, at, rows_read, applied, already_applied, rejected
            FROM imports ORDER BY id DESC LIMIT $limit
            """, context.CurrentTransaction).With("$limit", limit);
        using var reader = command.ExecuteReader();
        var records = new List<ImportRecord>();
        while (reader.Read())
        {
            records.Add(new ImportRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                SqlExtensions.ReadInstant(reader.GetString(5)), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9)));
        }

        return records;
    }
}
