using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;

namespace Depot.Core.Reports;

/// <summary>
/// The quality report the depot gives each owner: per month, cases opened and closed, swaps
/// shipped, how fast they shipped, how long repairs took, the inspection outcome rates, late
/// returns and the pool against its target. Read from the figures kept per owner and month
/// (<see cref="ReportCounts"/>), so two years of a big owner cost a few hundred counters.
/// </summary>
public sealed class QualityReport(DepotContext context)
{
    /// <summary>
    /// Rows per owner (or <paramref name="ownerCode"/> only) and month: <paramref name="month"/>
    /// (yyyy-MM) only, or every month from the owner's first case to the current month.
    /// </summary>
    public IReadOnlyList<QualityReportRow> Rows(string? ownerCode = null, string? month = null)
    {
        DateOnly? only = null;
        if (month is not null)
        {
            only = DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                ? m : throw new RefusedException($"a month is yyyy-MM, got \"{month}\"");
        }

        var catalog = new Catalog(context);
        var owners = ownerCode is null ? catalog.ListOwners() : [catalog.RequireOwner(ownerCode)];
        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        return context.Read(session =>
        {
            var rows = new List<QualityReportRow>();
            foreach (var owner in owners)
            {
                var figures = OwnerFigures.Read(session, owner.Id);
                List<DateOnly> months = only is { } single ? [single]
                    : figures.FirstCaseMonth is { } first ? [.. MonthsFrom(ParseMonth(first), today)]
                    : [];
                rows.AddRange(months.Select(m => Row(owner, ReportCounts.Month(m), figures, calendar, today)));
            }

            return rows;
        });
    }

    private static QualityReportRow Row(Owner owner, string month, OwnerFigures figures, DepotCalendar calendar, DateOnly today)
    {
        var inspections = figures.Sum(month, QualityFigure.Inspected);
        decimal Rate(InspectionOutcome outcome) => inspections == 0 ? 0
            : Math.Round((decimal)figures.Get(month, QualityFigure.Inspected + outcome) / inspections, 3);
        var stillOut = figures.Awaiting.Count(due => ReportCounts.Month(due) == month && calendar.WorkingDaysAfter(due, today) > 0);
        return new QualityReportRow(
            owner.Code,
            month,
            (int)figures.Get(month, QualityFigure.Opened),
            (int)figures.Get(month, QualityFigure.Closed),
            (int)figures.Get(month, QualityFigure.Shipped),
            Median(figures.Histogram(month, QualityFigure.ShipDays)),
            Median(figures.Histogram(month, QualityFigure.RepairDays)),
            Rate(InspectionOutcome.NoFaultFound),
            Rate(InspectionOutcome.NotCovered),
            Rate(InspectionOutcome.BeyondRepair),
            (int)figures.Get(month, QualityFigure.OverdueReceived) + stillOut,
            owner.Target,
            (int)figures.AvailableAtEnd(month));
    }

    private static IEnumerable<DateOnly> MonthsFrom(DateOnly first, DateOnly today)
    {
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= today; m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    private static DateOnly ParseMonth(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The median of a histogram: the middle value, or the mean of the two middle ones.
    private static decimal? Median(IReadOnlyList<(int Value, long Count)> histogram)
    {
        var total = histogram.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        decimal At(long index)
        {
            foreach (var (value, count) in histogram)
            {
                if (index < count)
                {
                    return value;
                }

                index -= count;
            }

            throw new InvalidOperationException("a histogram index past its end");
        }

        return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2;
    }
}
