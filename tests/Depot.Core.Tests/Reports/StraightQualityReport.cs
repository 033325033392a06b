using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Tests.Reports;

/// <summary>
/// The quality report computed the straightforward way, as its definition reads: every case of the
/// owner with the events of its units while it was open, taken in event order, and each month end's
/// Available units folded unit by unit. The kept figures must give the same rows.
/// </summary>
internal static class StraightQualityReport
{
    public static IReadOnlyList<QualityReportRow> Rows(DepotContext context, string ownerCode)
    {
        var owner = new Catalog(context).RequireOwner(ownerCode);
        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        var cases = Facts(context, owner.Id, calendar);
        if (cases.Count == 0)
        {
            return [];
        }

        var first = cases.Min(c => c.Opened);
        var months = new List<DateOnly>();
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= today; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        var pool = new AvailableUnits(context).At(owner.Id, [.. months.Select(m => MonthEnd(context, calendar, m, today))]);
        return months.Select((m, i) => Row(owner, m, cases, calendar, today, pool[i])).ToList();
    }

    public static DateTimeOffset MonthEnd(DepotContext context, DepotCalendar calendar, DateOnly month, DateOnly today)
    {
        var end = month.AddMonths(1);
        var local = end.ToDateTime(TimeOnly.MinValue);
        return end > today ? context.Now.AddTicks(1) : new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }

    private static QualityReportRow Row(Owner owner, DateOnly month, List<CaseFacts> cases, DepotCalendar calendar, DateOnly today, int availableAtEnd)
    {
        bool In(DateOnly? d) => d is { } x && x.Year == month.Year && x.Month == month.Month;
        var shipped = cases.Where(c => In(c.SwapShipped)).ToList();
        var inspections = cases.SelectMany(c => c.Inspections).Where(i => In(i.Day)).ToList();
        decimal Rate(string outcome) => inspections.Count == 0 ? 0 : Math.Round((decimal)inspections.Count(i => i.Outcome == outcome) / inspections.Count, 3);
        return new QualityReportRow(
            owner.Code,
            month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            cases.Count(c => In(c.Opened)),
            cases.Count(c => In(c.Closed)),
            shipped.Count,
            Median(shipped.Select(c => (decimal)calendar.WorkingDaysAfter(c.Registered, c.SwapShipped!.Value))),
            Median(cases.SelectMany(c => c.Repairs).Where(r => In(r.Passed)).Select(r => (decimal)(r.Passed.DayNumber - r.Received.DayNumber))),
            Rate("NoFaultFound"),
            Rate("NotCovered"),
            Rate("BeyondRepair"),
            cases.Count(c => In(c.Due) && calendar.WorkingDaysAfter(c.Due!.Value, c.DefectiveReceived ?? today) > 0),
            owner.Target,
            availableAtEnd);
    }

    private static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record CaseFacts(DateOnly Opened, DateOnly? Closed, DateOnly Registered, DateOnly? Due)
    {
        public DateOnly? SwapShipped { get; set; }

        public DateOnly? DefectiveReceived { get; set; }

        public List<(DateOnly Day, string Outcome)> Inspections { get; } = [];

        public List<(DateOnly Received, DateOnly Passed)> Repairs { get; } = [];
    }

    private static List<CaseFacts> Facts(DepotContext context, long ownerId, DepotCalendar calendar) => context.Read(session =>
    {
        var result = new List<CaseFacts>();
        foreach (var c in session.Table<CaseRow>().All().Where(c => c.OwnerId == ownerId))
        {
            var facts = new CaseFacts(calendar.LocalDate(c.OpenedAt), c.ClosedAt is { } closed ? calendar.LocalDate(closed) : null,
                calendar.LocalDate(c.ReportedAt ?? c.OpenedAt), c.DueDate);
            result.Add(facts);
            var links = session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, c.Id).GroupBy(l => l.UnitId).Select(g => g.MinBy(l => l.Id)!);
            var events = links
                .SelectMany(l => session.Table<EventRow>().Find(EventRow.ByUnit, l.UnitId).Select(e => (l.Role, Event: e)))
                .Where(x => x.Event.At >= c.OpenedAt && (c.ClosedAt is null || x.Event.At <= c.ClosedAt))
                .OrderBy(x => x.Event.Id);
            var received = new Dictionary<long, DateOnly>();
            foreach (var (role, e) in events)
            {
                var day = calendar.LocalDate(e.At);
                switch (e.Trigger)
                {
                    case "Ship" when role == "swap":
                        facts.SwapShipped ??= day;
                        break;
                    case "Receive" when role == "defective":
                        facts.DefectiveReceived ??= day;
                        received.TryAdd(e.UnitId, day);
                        break;
                    case "Inspect" when role == "defective":
                        facts.Inspections.Add((day, e.Details?.GetValueOrDefault("outcome") ?? ""));
                        break;
                    case "PassQc" when role == "defective" && received.TryGetValue(e.UnitId, out var since):
                        facts.Repairs.Add((since, day));
                        received.Remove(e.UnitId);
                        break;
                }
            }
        }

        return result;
    });
}
