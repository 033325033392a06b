using System.Globalization;
using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;
using Depot.Core.Invoicing;

namespace Depot.Core.Exchange.Formats.Billing;

/// <summary>
/// <c>billing</c>: one owner's billing basis for one month, one line per billed item, then the
/// held amounts (kind Pending), then one total line per currency (kind Total). Amounts in
/// different currencies are never added.
/// </summary>
public static class BillingExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of("owner", "month", "kind", "date", "ticket", "unit", "description", "amount", "currency");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        if (filter.OwnerCode is not { } owner || filter.Month is not { } monthText)
        {
            throw new RefusedException("the billing export needs --owner CODE and --month yyyy-MM");
        }

        if (!DateOnly.TryParseExact(monthText.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new RefusedException($"--month takes a month like 2026-11, got \"{monthText}\"");
        }

        var basis = new BillingService(context).Basis(owner, month);
        var monthName = basis.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        foreach (var line in basis.Lines.Concat(basis.Pending))
        {
            export.Text(basis.OwnerCode).Text(monthName).Text(line.Kind.ToString()).Date(line.Date).Text(line.Ticket).Text(line.Unit)
                .Text(line.Description).Number(line.Amount.Amount).Text(line.Amount.Currency).EndRow();
        }

        foreach (var total in basis.Totals)
        {
            export.Text(basis.OwnerCode).Text(monthName).Text("Total").Date(null).Text(null).Text(null)
                .Text($"Total {total.Currency}").Number(total.Amount).Text(total.Currency).EndRow();
        }
    }
}
