using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Invoicing;

/// <summary>
/// The monthly billing basis of one owner, gathered from the depot: its agreement versions and
/// fleet history, the swap units shipped for its cases, its cases' charges, and the retail prices
/// held for swaps still waiting for their defective unit. Days are the depot's local days.
/// </summary>
public sealed class BillingService(DepotContext context)
{
    public BillingBasis Basis(string ownerCode, DateOnly month)
    {
        var key = (ownerCode ?? "").Trim().ToUpperInvariant();
        var owner = context.Read(s => s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, key))
            ?? throw new RefusedException($"no owner with code \"{ownerCode}\"");
        var calendar = DepotCalendar.For(context);
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        DateOnly Local(DateTimeOffset instant) => calendar.LocalDate(instant);
        bool InMonth(DateTimeOffset instant) => Local(instant) is var day && day >= first && day <= last;

        var shipments = new List<Shipment>();
        var charges = new List<CaseCharge>();
        var open = new List<CaseRow>();
        context.Read(s =>
        {
            foreach (var serviceCase in s.Table<CaseRow>().Find(CaseRow.ByOwner, owner.Id))
            {
                if (serviceCase.Kind == "swap")
                {
                    foreach (var link in s.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, serviceCase.Id).Where(l => l.Role == "swap"))
                    {
                        // The swap unit's first shipment after the case was opened is this case's replacement.
                        var shipped = s.Table<EventRow>().Find(EventRow.ByUnit, link.UnitId)
                            .FirstOrDefault(e => e.Trigger == "Ship" && e.At >= serviceCase.OpenedAt);
                        if (shipped is not null && InMonth(shipped.At))
                        {
                            shipments.Add(new Shipment(Local(shipped.At), serviceCase.Ticket, s.Table<UnitRow>().Get(link.UnitId)?.Identifier ?? "?"));
                        }
                    }

                    if (serviceCase.ClosedAt is null)
                    {
                        open.Add(serviceCase);
                    }
                }

                foreach (var charge in s.Table<ChargeRow>().Find(ChargeRow.ByCase, serviceCase.Id).Where(c => InMonth(c.At)))
                {
                    var unit = charge.UnitId is { } unitId ? s.Table<UnitRow>().Get(unitId)?.Identifier : null;
                    charges.Add(new CaseCharge(Local(charge.At), serviceCase.Ticket, unit, KindOf(charge.Kind), new Money(charge.Amount, charge.Currency), charge.Reason));
                }
            }

            return 0;
        });

        var cases = new CaseService(context);
        var pending = open
            .Select(c => cases.Overview(c.Ticket))
            .Where(o => o.PendingCharge is not null && o.Case.ShipDate is { } shipped && shipped <= last)
            .Select(o => new PendingSwap(o.Case.ShipDate!.Value, o.Case.Ticket, o.Swap?.Identifier ?? "?", o.PendingCharge!.Value, o.Case.DueDate))
            .ToList();

        var facts = new BillingFacts(
            owner.Code, first,
            new AgreementService(context).History(owner.Code),
            new FleetHistory(context).Of(owner.Id, owner.Fleet),
            shipments, charges, pending);
        return BillingCalculator.Compute(facts);
    }

    private static BillingLineKind KindOf(string stored) => stored switch
    {
        "diagnostic_fee" => BillingLineKind.DiagnosticFee,
        "quote" => BillingLineKind.Quote,
        _ => BillingLineKind.RetailPrice,
    };
}
