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

    /// <summary>
    /// What makes the whole row untrustworthy, or null: a different number of fields than the header
    /// (they cannot be trusted to line up), or a control character in a field (binary data, a damaged file).
    /// </summary>
    public RowError? DamageError
    {
        get
        {
            if (fields.Length != Header.Header.Count)
            {
                return new RowError(Line, null, null, $"the row has {fields.Length} field(s), the header has {Header.Header.Count} (a missing or extra delimiter?)");
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].AsSpan().IndexOfAny(Readable.ControlCharacters) is var at and >= 0)
                {
                    return new RowError(Line, Readable.Shorten(Header.Header[i].Trim(), 40), fields[i],
                        $"the control character U+{(int)fields[i][at]:X4} at position {at + 1}: binary data or a damaged file, not text");
                }
            }

            return null;
        }
    }
}
