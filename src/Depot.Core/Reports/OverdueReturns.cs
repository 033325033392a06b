using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// The swap returns that are late: defective units still out past their due date (with the
/// retail price they will cost), and those that came back late (with the charge booked for review).
/// Cases are found by their due date (<see cref="CaseRow.ByListOrder"/>), never by reading them all.
/// </summary>
public sealed class OverdueReturns(DepotContext context)
{
    /// <summary>Late returns, most working days late first; of one owner when <paramref name="ownerCode"/> is given.</summary>
    public IReadOnlyList<OverdueReturnRow> List(string? ownerCode = null) => Late(ownerCode, stillOutOnly: false);

    /// <summary>
    /// Only the returns still out past their due date (what the Home screen shows): read from the
    /// open cases due before today, however many late returns came back over the years.
    /// </summary>
    public IReadOnlyList<OverdueReturnRow> StillOut(string? ownerCode = null) => Late(ownerCode, stillOutOnly: true);

    private List<OverdueReturnRow> Late(string? ownerCode, bool stillOutOnly)
    {
        var catalog = new Catalog(context);
        var owner = ownerCode is null ? null : catalog.RequireOwner(ownerCode);
        var owners = catalog.ListOwners().ToDictionary(o => o.Id, o => o.Code);
        var models = catalog.ListModels().ToDictionary(m => m.Id);
        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        var yesterday = StoreKeys.Date(today.AddDays(-1));
        return context.Read(session =>
        {
            var cases = session.Table<CaseRow>();
            // List order keys open cases with a due date as "0|0|yyyy-MM-dd|...", closed ones as "1|0|...".
            var last = yesterday + "|" + new string('9', 19);
            var due = cases.Range(CaseRow.ByListOrder, "0|0|", "0|0|" + last).AsEnumerable();
            if (!stillOutOnly)
            {
                due = due.Concat(cases.Range(CaseRow.ByListOrder, "1|0|", "1|0|" + last));
            }

            var rows = new List<OverdueReturnRow>();
            foreach (var serviceCase in due.Where(c => owner is null || c.OwnerId == owner.Id))
            {
                if (Row(session, serviceCase, owners, models, calendar, today) is { } row && (!stillOutOnly || !row.Received))
                {
                    rows.Add(row);
                }
            }

            return rows.OrderByDescending(r => r.WorkingDaysLate).ThenBy(r => r.Ticket, StringComparer.Ordinal).ToList();
        });
    }

    private static OverdueReturnRow? Row(IStoreSession session, CaseRow serviceCase, Dictionary<long, string> owners,
        Dictionary<long, DeviceModel> models, DepotCalendar calendar, DateOnly today)
    {
        var due = serviceCase.DueDate!.Value;
        var links = session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, serviceCase.Id);
        var units = session.Table<UnitRow>();
        var defective = links.FirstOrDefault(l => l.Role == "defective") is { } d ? units.Get(d.UnitId) : null;
        var stillOut = defective?.State == nameof(UnitState.Announced);
        DateOnly? received = null;
        DateTimeOffset? receivedAt = null;
        if (!stillOut && defective is not null)
        {
            receivedAt = session.Table<EventRow>().Find(EventRow.ByUnit, defective.Id)
                .Where(e => e.Trigger == nameof(Trigger.Receive) && e.At >= serviceCase.OpenedAt)
                .Select(e => (DateTimeOffset?)e.At).Min();
            received = receivedAt is { } at ? calendar.LocalDate(at) : null;
        }

        if (!stillOut && !(received > due))
        {
            return null;
        }

        var late = calendar.WorkingDaysAfter(due, stillOut ? today : received ?? today);
        if (late == 0)
        {
            // Past the due date only by a weekend or holiday: not late yet.
            return null;
        }

        var swap = links.LastOrDefault(l => l.Role == "swap") is { } s ? units.Get(s.UnitId) : null;
        var model = swap?.ModelId is { } modelId ? models.GetValueOrDefault(modelId) : null;
        var charge = session.Table<ChargeRow>().Find(ChargeRow.ByCase, serviceCase.Id).FirstOrDefault(c => c.Kind == "retail_price");
        return new OverdueReturnRow(
            serviceCase.Ticket, owners.GetValueOrDefault(serviceCase.OwnerId) ?? "", serviceCase.Customer, swap?.Identifier, defective?.Identifier,
            serviceCase.ShipDate ?? due, due, late,
            charge?.Amount ?? model?.RetailPrice.Amount ?? 0m, charge?.Currency ?? model?.RetailPrice.Currency ?? "",
            stillOut ? null : receivedAt);
    }
}
