using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// One unit's share of its owner's month-end pool: +1 in the month its latest event (by id) up to
/// then first leaves it Available, -1 in the month that stops being so. Summed over the months up to
/// one, it says whether the unit stood Available at that month's end.
/// </summary>
internal static class UnitAvailability
{
    public static IReadOnlyList<(string Key, long Delta)> Figures(long ownerId, IEnumerable<EventRow> events, DepotCalendar calendar)
    {
        var figures = new List<(string, long)>();
        EventRow? latest = null;
        var was = 0;
        foreach (var month in events.GroupBy(e => FirstOfMonth(calendar.LocalDate(e.At))).OrderBy(g => g.Key))
        {
            var top = month.MaxBy(e => e.Id)!;
            if (latest is null || top.Id > latest.Id)
            {
                latest = top;
            }

            var now = latest.ToState == nameof(UnitState.Available) ? 1 : 0;
            if (now != was)
            {
                figures.Add((ReportCounts.QualityKey(ownerId, month.Key, QualityFigure.Available), now - was));
                was = now;
            }
        }

        return figures;
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
