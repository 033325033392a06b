using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.Pending;

/// <summary>
/// The columns of the <c>quality-report</c> export (one row per owner and month), in order. The rows
/// come from the quality report: an <c>ExportKind</c> over these columns plus one line in <see cref="ExchangeKinds"/>.
/// </summary>
public static class QualityReportColumns
{
    public static readonly ColumnSet Set = ColumnSet.Of(
        "owner", "month", "cases_opened", "cases_closed", "swaps_shipped", "median_days_to_ship", "median_days_in_repair",
        "no_fault_found_rate", "not_covered_rate", "beyond_repair_rate", "overdue_returns", "pool_target", "pool_available_end");
}
