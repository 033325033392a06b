using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.Pending;

/// <summary>
/// The columns of the <c>overdue-returns</c> export, in order. The rows come from the overdue cases:
/// an <c>ExportKind</c> over these columns plus one line in <see cref="ExchangeKinds"/>.
/// </summary>
public static class OverdueReturnsColumns
{
    public static readonly ColumnSet Set = ColumnSet.Of(
        "ticket", "owner", "customer", "imei_out", "imei_due", "shipped", "due", "working_days_late", "charge", "currency");
}
