using System.Globalization;
using CsvHelper;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Import;

/// <summary>
/// Collects rejected rows while an import runs, in a temporary file so memory does not grow: the
/// original columns as the file had them plus <c>line</c> and <c>error</c>, in the file's own
/// delimiter, ready to fix and import again. Copied to its destination only when the import is not a dry run.
/// </summary>
internal sealed class RejectsFile : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"depot-rejects-{Guid.NewGuid():N}.csv");
    private readonly CsvWriter _writer;

    public RejectsFile(IReadOnlyList<string> header, char delimiter)
    {
        _writer = CsvWriter.Create(new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.Read), CsvWriterOptions.Default with
        {
            Separator = delimiter,
            ValidateFieldCount = false,
        });
        _writer.WriteRecord([.. header, "line", "error"]);
    }

    public long Count { get; private set; }

    public void Add(Reading.CsvRow row, RowError error)
    {
        _writer.WriteRecord([.. row.Fields, row.Line.ToString(CultureInfo.InvariantCulture), error.Message]);
        Count++;
    }

    /// <summary>Writes what was collected to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination)
    {
        _writer.Flush();
        using var source = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using (destination)
        {
            source.CopyTo(destination);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
        }
    }
}
