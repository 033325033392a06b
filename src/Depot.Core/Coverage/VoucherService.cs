using Depot.Core.Identifiers;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Coverage;

/// <summary>Registers vouchers against IMEIs, under the rule that a voucher is bought at most 4 months after the device.</summary>
public sealed class VoucherService(DepotContext context)
{
    /// <summary>How long after the device's purchase a voucher can still be registered.</summary>
    public const int MonthsAfterPurchase = 4;

    /// <summary>
    /// Links <paramref name="code"/> to <paramref name="imeiText"/>. Refused when registered more than
    /// 4 months after purchase, or when the voucher is already linked to another IMEI. Registering
    /// the same voucher to the same IMEI again changes nothing and returns false.
    /// </summary>
    public bool Register(string code, string imeiText, DateOnly purchased, DateOnly registered)
    {
        code = (code ?? "").Trim();
        if (code.Length is 0 or > 40)
        {
            throw new RefusedException($"a voucher code has 1 to 40 characters, got \"{code}\"");
        }

        if (!Imei.TryParse(imeiText, out var imei, out var reason))
        {
            throw new RefusedException($"IMEI \"{imeiText}\": {reason}");
        }

        if (registered < purchased)
        {
            throw new RefusedException($"voucher {code}: registered {registered:yyyy-MM-dd} is before the purchase {purchased:yyyy-MM-dd}");
        }

        if (registered > purchased.AddMonths(MonthsAfterPurchase))
        {
            throw new RefusedException(
                $"voucher {code}: registered {registered:yyyy-MM-dd}, more than {MonthsAfterPurchase} months after the purchase {purchased:yyyy-MM-dd} (last day {purchased.AddMonths(MonthsAfterPurchase):yyyy-MM-dd})");
        }

        var row = new VoucherRow { Code = code, Imei = imei.Value, Purchased = purchased, Registered = registered };
        return context.Write(w =>
        {
            var vouchers = w.Table<VoucherRow>();
            if (vouchers.FindOne(VoucherRow.ByCode, row.CodeKey) is { } existing)
            {
                return existing.Imei == imei.Value
                    ? false
                    : throw new RefusedException($"voucher {code} is already linked to IMEI {existing.Imei}");
            }

            row.Id = 0;
            vouchers.Insert(row);
            return true;
        });
    }

    public Voucher? Find(string code) => context.Read(s =>
        s.Table<VoucherRow>().FindOne(VoucherRow.ByCode, (code ?? "").Trim().ToUpperInvariant()) is { } row ? ToVoucher(row) : null);

    /// <summary>The vouchers linked to an IMEI, earliest registered first.</summary>
    public IReadOnlyList<Voucher> ForImei(string imei) => context.Read(s =>
        s.Table<VoucherRow>().Find(VoucherRow.ByImei, imei).OrderBy(v => v.Registered).Select(ToVoucher).ToList());

    private static Voucher ToVoucher(VoucherRow row) => new(row.Code, row.Imei, row.Purchased, row.Registered);
}
