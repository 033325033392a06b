namespace Depot.Core.Storage.Rows;

/// <summary>A service voucher linked to one IMEI.</summary>
public sealed class VoucherRow : IRow
{
    public static readonly IndexSpec ByCode = new("vouchers_code", nameof(CodeKey), IndexKeyType.Text, Unique: true);

    public static readonly IndexSpec ByImei = new("vouchers_imei", nameof(Imei), IndexKeyType.Text);

    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string CodeKey => Code.ToUpperInvariant();

    public string Imei { get; set; } = "";

    public DateOnly Purchased { get; set; }

    public DateOnly Registered { get; set; }
}
