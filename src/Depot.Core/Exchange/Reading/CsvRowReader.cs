using System.Globalization;
using System.Text;
using CsvHelper;

namespace Depot.Core.Exchange.Reading;

/// <summary>
/// Streams the records of a partner file as docs/formats.md reads them: delimiter <c>,</c> or <c>;</c>
/// detected from the header line, the encoding found by <see cref="FileFacts"/>, fields trimmed,
/// quoted fields holding delimiters and line breaks (RFC 4180), blank lines skipped. A line of
/// nothing but delimiters (<c>;;;;;;</c>, what a spreadsheet saves below its last row) is blank
/// too. One record is in memory at a time.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private readonly CsvReader _reader;

    private CsvRowReader(CsvReader reader, HeaderMatch header, char delimiter)
    {
        _reader = reader;
        Header = header;
        Delimiter = delimiter;
    }

    public HeaderMatch Header { get; }

    public char Delimiter { get; }

    /// <summary>Bytes read so far (for a progress bar).</summary>
    public long Position => _reader.ByteOffset;

    /// <summary>Opens the file and reads its header. Refuses an empty file.</summary>
    public static CsvRowReader Open(ImportSource source, FileFacts facts, ColumnSet columns)
    {
        var delimiter = DetectDelimiter(source, facts.Encoding);
        var reader = CsvReader.Create(source.Open(), Options(delimiter, facts.Encoding), leaveOpen: false);
        try
        {
            reader.ReadHeader();
            var header = reader.Headers.ToArray();
            if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                throw new RefusedException($"{source.Name} is empty: expected a header line with the columns {string.Join(", ", columns.Names)}");
            }

            return new CsvRowReader(reader, HeaderMatch.Of(header, columns), delimiter);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The next record that holds a value, or null at the end of the file.</summary>
    public CsvRow? Next()
    {
        string[] fields;
        do
        {
            if (!_reader.Read())
            {
                return null;
            }

            fields = _reader.Current.ToArray();
        }
        while (IsBlank(fields));

        for (var i = 0; i < fields.Length; i++)
        {
            // A byte order mark inside the file (two files joined) is invisible: it is not part of any value.
            if (fields[i].Contains('\uFEFF'))
            {
                fields[i] = fields[i].Replace("\uFEFF", "", StringComparison.Ordinal).Trim();
            }
        }

        return new CsvRow(_reader.LineNumber, fields, Header);
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Every field empty once trimmed: a blank row, however many delimiters it has.</summary>
    private static bool IsBlank(string[] fields)
    {
        foreach (var field in fields)
        {
            if (field.Length > 0 && field.Replace("\uFEFF", "", StringComparison.Ordinal).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The options shared by every import: trimmed fields, RFC 4180 quoting, lenient about quotes a spreadsheet left behind.</summary>
    private static CsvReaderOptions Options(char delimiter, Encoding encoding) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        TrimWhitespace = true,
        TrimInsideQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        PoolStrings = true,
        Encoding = encoding is UTF8Encoding ? null : encoding,
    };

    private static char DetectDelimiter(ImportSource source, Encoding encoding)
    {
        using var reader = new StreamReader(source.Open(), encoding, detectEncodingFromByteOrderMarks: encoding is UTF8Encoding);
        string? line;
        do
        {
            line = reader.ReadLine();
        }
        while (line is not null && line.Trim().Length == 0);

        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in line ?? "")
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
