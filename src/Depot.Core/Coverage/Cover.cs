namespace Depot.Core.Coverage;

/// <summary>One thing that covers a unit on a date.</summary>
/// <param name="Until">The last covered day; null for a voucher (it follows the device without an end date).</param>
/// <param name="Reference">The voucher code, when it is a voucher; the repair order, when it is a repair warranty.</param>
public sealed record Cover(CoverKind Kind, DateOnly? Until, string? Reference = null)
{
    public override string ToString() => Kind switch
    {
        CoverKind.Voucher => $"voucher {Reference}",
        CoverKind.CarePlan => $"care plan until {Until:yyyy-MM-dd}",
        CoverKind.RepairWarranty => $"repair warranty until {Until:yyyy-MM-dd}",
        _ => $"warranty until {Until:yyyy-MM-dd}",
    };
}
