using Depot.Core.Storage.Rows;

namespace Depot.Core.Exchange.Import;

/// <summary>One import as the depot recorded it.</summary>
public sealed record ImportRecord(long Id, string Kind, string FileName, string Sha256, string Operator, DateTimeOffset At,
    long RowsRead, long Applied, long AlreadyApplied, long Rejected);

/// <summary>
/// The record of every import that ran (not a dry run, nor a strict import that applied nothing),
/// also one that found every row already applied: file name and hash, operator, time, counts.
/// </summary>
public sealed class ImportLog(DepotContext context)
{
    /// <summary>Starts the record inside the import's unit of work (rows applied may point to it).</summary>
    internal long Begin(string kind, string fileName, string sha256, bool strict) => context.Write(w => w.Table<ImportRow>().Insert(new ImportRow
    {
        Kind = kind,
        FileName = fileName,
        Sha256 = sha256,
        Operator = context.Operator,
        At = context.Now,
        Strict = strict,
    }));

    internal void Finish(long id, long read, long applied, long already, long rejected) => context.Write(w =>
    {
        var imports = w.Table<ImportRow>();
        var row = imports.Get(id) ?? throw new InvalidOperationException($"import {id} was not begun");
        row.RowsRead = read;
        row.Applied = applied;
        row.AlreadyApplied = already;
        row.Rejected = rejected;
        imports.Update(row);
    });

    /// <summary>The latest imports, newest first.</summary>
    public IReadOnlyList<ImportRecord> Recent(int limit = 50) => context.Read(s =>
        s.Table<ImportRow>().Range(ImportRow.ByAt, null, null, descending: true, limit: limit)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new ImportRecord(r.Id, r.Kind, r.FileName, r.Sha256, r.Operator, r.At, r.RowsRead, r.Applied, r.AlreadyApplied, r.Rejected))
            .ToList());
}
