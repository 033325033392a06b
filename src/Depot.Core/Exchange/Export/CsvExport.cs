using System.Globalization;
using CsvHelper;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Export;

/// <summary>
/// Writes one export, row by row, in a stable column order: ISO dates, the dialect's separator and
/// decimal mark, and text that a spreadsheet would run as a formula (starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) prefixed with <c>'</c>. Numbers and
/// dates are never prefixed. The header goes out with the first row, or at <see cref="Finish"/>: an
/// export refused before its first row (an unknown owner, a bad month) writes nothing at all.
/// </summary>
public sealed class CsvExport : IDisposable
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    private readonly CsvWriter _writer;
    private readonly IFormatProvider _numbers;
    private readonly TimeZoneInfo _zone;
    private string[]? _header;

    public CsvExport(Stream destination, ColumnSet columns, ExportDialect dialect, TimeZoneInfo zone, bool leaveOpen = false)
    {
        _zone = zone;
        _numbers = dialect == ExportDialect.Excel ? DecimalComma : CultureInfo.InvariantCulture;
        _writer = CsvWriter.Create(destination, CsvWriterOptions.Default with
        {
            Separator = dialect == ExportDialect.Excel ? ';' : ',',
            WriteByteOrderMark = dialect == ExportDialect.Excel,
            Injection = CsvInjection.Escape,
            InjectionEscape = '\'',
            NewLine = "\n",
            FormatProvider = CultureInfo.InvariantCulture,
        }, leaveOpen);
        _header = columns.Names.ToArray();
    }

    /// <summary>Rows written so far (the header not counted).</summary>
    public long Rows { get; private set; }

    public CsvExport Text(string? value)
    {
        Header();
        _writer.WriteField(value ?? "");
        return this;
    }

    public CsvExport Date(DateOnly? value)
    {
        Header();
        _writer.WriteField(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", CsvQuoting.WhenNeeded);
        return this;
    }

    /// <summary>A point in time, in local depot time with its offset (<c>2025-03-31T14:30:00+02:00</c>).</summary>
    public CsvExport Instant(DateTimeOffset? value)
    {
        Header();
        _writer.WriteField(value is { } v ? TimeZoneInfo.ConvertTime(v, _zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : "", CsvQuoting.WhenNeeded);
        return this;
    }

    public CsvExport Number(decimal? value)
    {
        Header();
        if (value is { } v)
        {
            _writer.WriteField(v, "0.############################", _numbers);
        }
        else
        {
            _writer.WriteField("");
        }

        return this;
    }

    public CsvExport Number(long? value)
    {
        Header();
        if (value is { } v)
        {
            _writer.WriteField(v, "0", _numbers);
        }
        else
        {
            _writer.WriteField("");
        }

        return this;
    }

    public void EndRow()
    {
        _writer.EndRecord();
        Rows++;
    }

    /// <summary>Ends the export: an export without rows is its header line.</summary>
    public void Finish()
    {
        Header();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void Header()
    {
        if (_header is { } names)
        {
            _header = null;
            _writer.WriteHeader(names);
        }
    }
}
