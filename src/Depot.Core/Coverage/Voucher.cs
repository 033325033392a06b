namespace Depot.Core.Coverage;

/// <summary>A service voucher linked to one device's IMEI. The service follows the device, not the person.</summary>
/// <param name="Purchased">The device's purchase date as given when the voucher was registered.</param>
/// <param name="Registered">The day the voucher was registered: it covers from then on.</param>
public sealed record Voucher(string Code, string Imei, DateOnly Purchased, DateOnly Registered)
{
    /// <summary>
    /// Whether the voucher covers the device on <paramref name="date"/>: registered by then, and
    /// registered within <see cref="VoucherService.MonthsAfterPurchase"/> months of the device's
    /// purchase (the unit's own purchase date when the depot knows it, else the one on the voucher).
    /// </summary>
    public bool CoversOn(DateOnly date, DateOnly? devicePurchased) =>
        date >= Registered && Registered <= (devicePurchased ?? Purchased).AddMonths(VoucherService.MonthsAfterPurchase);
}
