using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Export;

/// <summary>One exportable partner format: its columns in their stable order and how its rows are written.</summary>
public sealed record ExportKind(string Name, string Description, ColumnSet Columns, Action<DepotContext, ExportFilter, CsvExport> Write)
{
    /// <summary>
    /// Writes the export to <paramref name="destination"/>; returns the number of rows. An unknown
    /// owner or model in <paramref name="filter"/> is refused before anything is written.
    /// </summary>
    public long Run(DepotContext context, ExportFilter filter, Stream destination, ExportDialect dialect, bool leaveOpen = false)
    {
        filter = filter.Checked(context);
        using var export = new CsvExport(destination, Columns, dialect, Calendar.DepotCalendar.ZoneOf(context), leaveOpen);
        Write(context, filter, export);
        export.Finish();
        return export.Rows;
    }
}
