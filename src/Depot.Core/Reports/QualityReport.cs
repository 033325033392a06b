using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Storage;

namespace Depot.Core.Reports;

/// <summary>
/// The quality report the depot gives each owner: per month, cases opened and closed, swaps
/// shipped, how fast they shipped, how long repairs took, the inspection outcome rates, late
/// returns and the pool against its target.
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
        var facts = Facts(calendar, ownerCode is null ? null : owners[0].Id).ToLookup(f => f.Owner);
        var available = new AvailableUnits(context);
        var rows = new List<QualityReportRow>();
        foreach (var owner in owners)
        {
            var cases = facts[owner.Code].ToList();
            List<DateOnly> months = only is { } single ? [single]
                : cases.Count == 0 ? []
                : [.. MonthsFrom(cases.Min(c => c.Opened), today)];
            if (months.Count == 0)
            {
                continue;
            }

            var pool = available.At(owner.Id, [.. months.Select(m => MonthEnd(calendar, m, today))]);
            rows.AddRange(months.Select((m, i) => Row(owner, m, cases, calendar, today, pool[i])));
        }

        return rows;
    }

    private DateTimeOffset MonthEnd(DepotCalendar calendar, DateOnly month, DateOnly today)
    {
        var end = month.AddMonths(1);
        return end > today ? context.Now : Instant(calendar, end);
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

    private static IEnumerable<DateOnly> MonthsFrom(DateOnly first, DateOnly today)
    {
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= today; m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    private static DateTimeOffset Instant(DepotCalendar calendar, DateOnly localDate)
    {
        var local = localDate.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
    }

    private static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record CaseFacts(string Owner, DateOnly Opened, DateOnly? Closed, DateOnly Registered, DateOnly? Due)
    {
        public DateOnly? SwapShipped { get; set; }

        public DateOnly? DefectiveReceived { get; set; }

        public List<(DateOnly Day, string Outcome)> Inspections { get; } = [];

        public List<(DateOnly Received, DateOnly Passed)> Repairs { get; } = [];
    }

    // The facts of one owner's cases (every owner's when ownerId is null).
    private List<CaseFacts> Facts(DepotCalendar calendar, long? ownerId)
    {
        var ofOwner = ownerId is null ? "" : "WHERE c.owner_id = $owner";
        DateOnly Local(string stored) => calendar.LocalDate(SqlExtensions.ReadInstant(stored));
        var cases = new Dictionary<long, CaseFacts>();
        using (var command = context.Connection.Command(
            $"SELECT c.id, o.code, c.opened_at, c.closed_at, coalesce(c.reported_at, c.opened_at), c.due_date FROM cases c JOIN owners o ON o.id = c.owner_id {ofOwner}",
            context.CurrentTransaction).With("$owner", ownerId))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                cases[reader.GetInt64(0)] = new CaseFacts(reader.GetString(1), Local(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : Local(reader.GetString(3)), Local(reader.GetString(4)), SqlExtensions.ReadDate(reader.GetStringOrNull(5)));
            }
        }

        // The events of each case's units while the case was open, oldest first.
        using (var command = context.Connection.Command(
            $"""
            SELECT c.id, cu.role, cu.unit_id, e.trigger, e.at, json_extract(e.details, '$.outcome')
            FROM cases c JOIN case_units cu ON cu.case_id = c.id
                 JOIN events e ON e.unit_id = cu.unit_id AND e.at >= c.opened_at AND (c.closed_at IS NULL OR e.at <= c.closed_at)
                 AND e.trigger IN ('Ship', 'Receive', 'Inspect', 'PassQc')
            {ofOwner}
            ORDER BY e.id
            """, context.CurrentTransaction).With("$owner", ownerId))
        using (var reader = command.ExecuteReader())
        {
            var received = new Dictionary<(long, long), DateOnly>();
            while (reader.Read())
            {
                var facts = cases[reader.GetInt64(0)];
                var role = reader.GetString(1);
                var key = (reader.GetInt64(0), reader.GetInt64(2));
                var day = Local(reader.GetString(4));
                switch (reader.GetString(3))
                {
                    case "Ship" when role == "swap":
                        facts.SwapShipped ??= day;
                        break;
                    case "Receive" when role == "defective":
                        facts.DefectiveReceived ??= day;
                        received.TryAdd(key, day);
                        break;
                    case "Inspect" when role == "defective":
                        facts.Inspections.Add((day, reader.GetStringOrNull(5) ?? ""));
                        break;
                    case "PassQc" when role == "defective" && received.TryGetValue(key, out var since):
                        facts.Repairs.Add((since, day));
                        received.Remove(key);
                        break;
                }
            }
        }

        return [.. cases.Values];
    }
}
