using Depot.Core.Coverage;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.Vouchers;

/// <summary>
/// <c>vouchers</c>: links vouchers to IMEIs through <see cref="VoucherService.Register"/>. Keyed by
/// the voucher code; refused per row when registered more than 4 months after the purchase, or when
/// the voucher is already linked to another IMEI.
/// </summary>
public sealed class VouchersImport(DepotContext context) : IImportFormat<VoucherRow>
{
    public static readonly ColumnSet Columns = ColumnSet.Of("*voucher", "*imei", "*purchased", "registered");

    private readonly VoucherService _vouchers = new(context);

    public string Kind => "vouchers";

    ColumnSet IImportFormat<VoucherRow>.Columns => Columns;

    public VoucherRow? Parse(FieldReader fields)
    {
        var code = fields.Text("voucher", 40, required: true);
        var imei = fields.Imei("imei");
        var purchased = fields.Date("purchased");
        if (purchased is null)
        {
            fields.Required("purchased");
        }

        var registered = fields.Date("registered") ?? Calendar.DepotCalendar.For(context).LocalDate(context.Now);
        return fields.Error is null ? new VoucherRow(code!, imei, purchased!.Value, registered) : null;
    }

    public string Key(VoucherRow row) => row.Code.ToUpperInvariant();

    public RowPlan Check(VoucherRow row, FieldReader fields)
    {
        if (row.Registered < row.Purchased)
        {
            fields.Fail("registered", $"a day on or after the purchase {row.Purchased:yyyy-MM-dd}");
            return RowPlan.Rejected;
        }

        var last = row.Purchased.AddMonths(VoucherService.MonthsAfterPurchase);
        if (row.Registered > last)
        {
            fields.Fail("registered", $"at most {VoucherService.MonthsAfterPurchase} months after the purchase {row.Purchased:yyyy-MM-dd} (last day {last:yyyy-MM-dd})");
            return RowPlan.Rejected;
        }

        if (_vouchers.Find(row.Code) is { } existing)
        {
            if (existing.Imei == row.Imei.Value)
            {
                return RowPlan.AlreadyApplied;
            }

            fields.Fail("voucher", $"a voucher not yet linked: it is linked to IMEI {existing.Imei}");
            return RowPlan.Rejected;
        }

        return RowPlan.New;
    }

    public IDisposable BeginApply(long importId) => NoSession.Instance;

    public void Apply(VoucherRow row, RowPlan plan) =>
        _vouchers.Register(row.Code, row.Imei.Value, row.Purchased, row.Registered);
}
