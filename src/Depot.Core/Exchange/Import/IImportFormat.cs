using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Import;

/// <summary>
/// One importable partner format: its columns, how a row becomes a value, which rows are the same
/// row, how a row compares with what the depot holds, and how it is applied. The
/// <see cref="ImportRunner"/> does everything else (encoding, passes, rejects, the import record).
/// </summary>
/// <typeparam name="TRow">The row as a value; the domain never sees the CSV.</typeparam>
public interface IImportFormat<TRow>
    where TRow : class
{
    /// <summary>The kind name on the command line (<c>units</c>, <c>vouchers</c>, ...).</summary>
    string Kind { get; }

    ColumnSet Columns { get; }

    /// <summary>Reads the fields; returns null (and leaves the reason in <paramref name="fields"/>) when a field is wrong.</summary>
    TRow? Parse(FieldReader fields);

    /// <summary>What makes two rows of one file the same row (the upsert key of the format).</summary>
    string Key(TRow row);

    /// <summary>
    /// Compares the row with the depot without writing. Returns <see cref="RowPlan.Rejected"/>
    /// after calling <see cref="FieldReader.Fail"/> when a rule says no.
    /// </summary>
    RowPlan Check(TRow row, FieldReader fields);

    /// <summary>Prepares to apply rows inside the import's transaction; disposed when the last row is applied.</summary>
    IDisposable BeginApply(long importId);

    /// <summary>Applies one row that <see cref="Check"/> planned as new or update. Throws <see cref="RefusedException"/> when refused, having written nothing.</summary>
    void Apply(TRow row, RowPlan plan);
}
