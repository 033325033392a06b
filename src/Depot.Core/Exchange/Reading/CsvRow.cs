namespace Depot.Core.Exchange.Reading;

/// <summary>One record of a partner file: where it starts, its trimmed fields, and the header they line up with.</summary>
public sealed class CsvRow(long line, string[] fields, HeaderMatch header)
{
    public long Line { get; } = line;

    /// <summary>The fields as read (trimmed), in the file's own column order.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    public HeaderMatch Header { get; } = header;

    /// <summary>The value of <paramref name="column"/>, empty when the file has no such column.</summary>
    public string this[string column]
    {
        get
        {
            var position = Header.PositionOf(column);
            return position >= 0 && position < fields.Length ? fields[position] : "";
        }
    }

    /// <summary>A row with a different number of fields than the header cannot be trusted to line up.</summary>
    public RowError? RaggedError => fields.Length == Header.Header.Count
        ? null
        : new RowError(Line, null, null, $"the row has {fields.Length} field(s), the header has {Header.Header.Count} (a missing or extra delimiter?)");
}
