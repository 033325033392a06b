using Depot.Core.Coverage;

namespace Depot.Core.Receiving;

/// <summary>What could pay for a repair of a unit on a given day: warranty, care plan, vouchers.</summary>
public sealed record DockCoverage(DateOnly On, DateOnly? WarrantyUntil, DateOnly? CarePlanUntil, IReadOnlyList<Voucher> Vouchers)
{
    public bool UnderWarranty => WarrantyUntil is { } w && w >= On;

    public bool UnderCarePlan => CarePlanUntil is { } c && c >= On;

    public bool Covered => UnderWarranty || UnderCarePlan || Vouchers.Count > 0;

    /// <summary>One line for the dock: what covers the unit, or "none".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (UnderWarranty)
        {
            parts.Add($"warranty until {WarrantyUntil:yyyy-MM-dd}");
        }

        if (UnderCarePlan)
        {
            parts.Add($"care plan until {CarePlanUntil:yyyy-MM-dd}");
        }

        parts.AddRange(Vouchers.Select(v => $"voucher {v.Code}"));
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}
