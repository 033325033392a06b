using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.QualityReports;

/// <summary>
/// <c>quality-report</c>: one row per owner and month, the numbers of <c>depot report quality</c>.
/// <c>--owner</c> and <c>--month</c> (yyyy-MM) narrow it. An empty median (nothing to measure that
/// month) is an empty field; rates are shares between 0 and 1.
/// </summary>
public static class QualityReportExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of(
        "owner", "month", "cases_opened", "cases_closed", "swaps_shipped", "median_days_to_ship", "median_days_in_repair",
        "no_fault_found_rate", "not_covered_rate", "beyond_repair_rate", "overdue_returns", "pool_target", "pool_available_end");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        foreach (var row in new Reports.QualityReport(context).Rows(Blank(filter.OwnerCode), Blank(filter.Month)))
        {
            export.Text(row.Owner).Text(row.Month)
                .Number(row.CasesOpened).Number(row.CasesClosed).Number(row.SwapsShipped)
                .Number(row.MedianDaysToShip).Number(row.MedianDaysInRepair)
                .Number(row.NoFaultFoundRate).Number(row.NotCoveredRate).Number(row.BeyondRepairRate)
                .Number(row.OverdueReturns).Number(row.PoolTarget).Number(row.PoolAvailableEnd)
                .EndRow();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
