using Depot.Core.Calendar;
using Depot.Core.Units;

namespace Depot.Core.Coverage;

/// <summary>
/// Says what covers a unit on a date: warranty (the unit's warranty_until, else one year from
/// purchase), care plan (care_plan_until) and vouchers linked to its IMEI. Receiving and inspection
/// show it; a NotCovered outcome on a covered unit needs an explicit confirmation.
/// </summary>
public sealed class CoverageService(DepotContext context)
{
    /// <summary>What covers <paramref name="unit"/> on <paramref name="date"/>.</summary>
    public CoverageOnDate On(Unit unit, DateOnly date)
    {
        var covers = new List<Cover>();
        var warranty = unit.WarrantyUntil ?? unit.Purchased?.AddYears(1).AddDays(-1);
        if (warranty is { } w && date <= w && (unit.Purchased is null || date >= unit.Purchased))
        {
            covers.Add(new Cover(CoverKind.Warranty, w));
        }

        if (unit.CarePlanUntil is { } c && date <= c)
        {
            covers.Add(new Cover(CoverKind.CarePlan, c));
        }

        foreach (var voucher in new VoucherService(context).ForImei(unit.Identifier.Value))
        {
            if (date >= voucher.Registered)
            {
                covers.Add(new Cover(CoverKind.Voucher, null, voucher.Code));
            }
        }

        return new CoverageOnDate(date, covers);
    }

    /// <summary>What covers <paramref name="unit"/> today, in the depot's time zone.</summary>
    public CoverageOnDate Today(Unit unit) => On(unit, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, new DepotSettings(context).TimeZone).DateTime));
}
