using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.OverdueReturns;

/// <summary>
/// <c>overdue-returns</c>: every late swap return, most working days late first, with the charge it
/// costs (or was charged, when it came back late). <c>--owner</c> keeps one owner's.
/// </summary>
public static class OverdueReturnsExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of(
        "ticket", "owner", "customer", "imei_out", "imei_due", "shipped", "due", "working_days_late", "charge", "currency", "received");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        foreach (var row in new Reports.OverdueReturns(context).List(Blank(filter.OwnerCode)))
        {
            export.Text(row.Ticket).Text(row.Owner).Text(row.Customer).Text(row.ImeiOut).Text(row.ImeiDue)
                .Date(row.Shipped).Date(row.Due).Number(row.WorkingDaysLate).Number(row.Charge).Text(row.Currency)
                .Instant(row.ReceivedAt).EndRow();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
