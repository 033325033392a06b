using Depot.Core.Calendar;
using Depot.Core.Identifiers;
using Depot.Core.Units;

namespace Depot.Core.Coverage;

/// <summary>
/// The one place that decides what covers a unit on a date; the dock, inspection, cases and the
/// command line all ask it. Warranty: the unit's warranty_until, else one year from purchase. Care
/// plan: up to care_plan_until. Voucher: linked to the unit's IMEI, from the day it was registered,
/// and only when it was registered within <see cref="VoucherService.MonthsAfterPurchase"/> months of
/// the device's purchase. A NotCovered outcome on a covered unit needs an explicit confirmation.
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

        if (unit.Identifier.Kind == IdentifierKind.Imei)
        {
            foreach (var voucher in new VoucherService(context).ForImei(unit.Identifier.Value))
            {
                if (voucher.CoversOn(date, unit.Purchased))
                {
                    covers.Add(new Cover(CoverKind.Voucher, null, voucher.Code));
                }
            }
        }

        return new CoverageOnDate(date, covers);
    }

    /// <summary>What covers <paramref name="unit"/> today, in the depot's time zone.</summary>
    public CoverageOnDate Today(Unit unit) => On(unit, DepotCalendar.For(context).LocalDate(context.Now));
}
