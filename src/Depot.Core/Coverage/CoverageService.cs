using Depot.Core.Calendar;
using Depot.Core.Identifiers;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Coverage;

/// <summary>
/// The one place that decides what covers a unit on a date; the dock, inspection, cases and the
/// command line all ask it. Warranty: the unit's warranty_until, else one year from purchase. Care
/// plan: up to care_plan_until. Voucher: linked to the unit's IMEI, from the day it was registered,
/// and only when it was registered within <see cref="VoucherService.MonthsAfterPurchase"/> months of
/// the device's purchase. Repair warranty: the repaired fault of the unit's last partner repair that
/// passed quality check, for the repair warranty days or its remaining warranty or care plan,
/// whichever ends later (<see cref="RepairWarranty"/>). A NotCovered outcome on a covered unit
/// needs an explicit confirmation.
/// </summary>
public sealed class CoverageService(DepotContext context)
{
    /// <summary>What covers <paramref name="unit"/> on <paramref name="date"/>.</summary>
    public CoverageOnDate On(Unit unit, DateOnly date) => On(unit, date, LastRepair(unit, date));

    /// <summary>As <see cref="On(Unit, DateOnly)"/>, with the unit's <see cref="LastRepair"/> on that date already read.</summary>
    internal CoverageOnDate On(Unit unit, DateOnly date, RepairWarranty? lastRepair) =>
        On(unit.Identifier, unit.Purchased, WarrantyEnd(unit), unit.CarePlanUntil, date, lastRepair);

    /// <summary>
    /// What covers an identifier the depot does not know yet on <paramref name="date"/>: nothing is
    /// known of its purchase, warranty or repairs, so only a voucher linked to its IMEI can.
    /// </summary>
    internal CoverageOnDate OfUnknown(UnitIdentifier identifier, DateOnly date) => On(identifier, null, null, null, date, null);

    /// <summary>
    /// What covers <paramref name="unit"/> today, and the repair its latest receipt came back inside
    /// of (null when that receipt was no repeat repair), from one read of the unit's events.
    /// </summary>
    internal (CoverageOnDate Coverage, RepairWarranty? RepeatRepair) TodayAndRepeat(Unit unit)
    {
        var history = History(unit);
        var today = LocalToday();
        return (On(unit, today, LastRepair(unit, today, history)), RepairWarranty.RepeatOfLastReceipt(history));
    }

    private CoverageOnDate On(UnitIdentifier identifier, DateOnly? purchased, DateOnly? warranty, DateOnly? carePlanUntil, DateOnly date, RepairWarranty? lastRepair)
    {
        var covers = new List<Cover>();
        if (warranty is { } w && date <= w && (purchased is null || date >= purchased))
        {
            covers.Add(new Cover(CoverKind.Warranty, w));
        }

        if (carePlanUntil is { } c && date <= c)
        {
            covers.Add(new Cover(CoverKind.CarePlan, c));
        }

        if (identifier.Kind == IdentifierKind.Imei)
        {
            foreach (var voucher in new VoucherService(context).ForImei(identifier.Value))
            {
                if (voucher.CoversOn(date, purchased))
                {
                    covers.Add(new Cover(CoverKind.Voucher, null, voucher.Code));
                }
            }
        }

        if (lastRepair is { } repair && repair.Covers(date))
        {
            covers.Add(new Cover(CoverKind.RepairWarranty, repair.Until, repair.Order));
        }

        return new CoverageOnDate(date, covers);
    }

    /// <summary>
    /// The warranty of <paramref name="unit"/>'s latest repair that passed quality check on or before
    /// <paramref name="date"/>, whether it still covers then or not; null when it was never repaired.
    /// Reads only the unit's own events.
    /// </summary>
    public RepairWarranty? LastRepair(Unit unit, DateOnly date) => LastRepair(unit, date, History(unit));

    private RepairWarranty? LastRepair(Unit unit, DateOnly date, IReadOnlyList<UnitEvent> history)
    {
        var settings = new DepotSettings(context);
        return RepairWarranty.Latest(history, date, settings.TimeZone, settings.RepairWarrantyDays, WarrantyEnd(unit), unit.CarePlanUntil);
    }

    // The unit's own events, oldest first (never a table scan).
    private List<UnitEvent> History(Unit unit) => context.Read(s => s.Table<EventRow>().Find(EventRow.ByUnit, unit.Id)
        .OrderBy(e => e.Id)
        .Select(e => UnitService.ToEvent(e, null))
        .ToList());

    /// <summary>What covers <paramref name="unit"/> today, in the depot's time zone.</summary>
    public CoverageOnDate Today(Unit unit) => On(unit, LocalToday());

    /// <summary>Today in the depot's time zone.</summary>
    public DateOnly LocalToday() => DepotCalendar.For(context).LocalDate(context.Now);

    // The unit's warranty_until, else one year from purchase; null when the depot knows neither.
    private static DateOnly? WarrantyEnd(Unit unit) => unit.WarrantyUntil ?? unit.Purchased?.AddYears(1).AddDays(-1);
}
