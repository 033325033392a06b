using System.Globalization;
using Depot.Core.Owners;

namespace Depot.Core.Reports;

/// <summary>
/// The repeat-repair part of the quality report: per partner and per model, the repairs that passed
/// quality check and the units that came back inside their repair warranty, over every month or one.
/// Read from the kept counters (<see cref="RepeatRepairFigures"/>), never from the events.
/// </summary>
public sealed class RepeatRepairs(DepotContext context)
{
    /// <summary>Partners first, then models, each by name; <paramref name="month"/> (yyyy-MM) limits it to one month.</summary>
    public IReadOnlyList<RepeatRepairRow> Rows(string? month = null)
    {
        var prefix = RepeatRepairFigures.Prefix;
        if (month is not null)
        {
            prefix += DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                ? ReportCounts.Month(m) + "|" : throw new RefusedException($"a month is yyyy-MM, got \"{month}\"");
        }

        return context.Read(session =>
        {
            var lookup = new CatalogLookup(session);
            var sums = new Dictionary<(string By, string Name), (long Repairs, long Repeats)>();
            foreach (var counter in session.Counters(prefix).Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Value != 0))
            {
                // repeat|yyyy-MM|by|name|figure; a partner code never holds '|'.
                var parts = counter.Key.Split('|');
                if (parts.Length != 5)
                {
                    continue;
                }

                var name = parts[2] == RepeatRepairFigures.ByModel
                    ? lookup.Model(long.Parse(parts[3], CultureInfo.InvariantCulture))?.Sku ?? parts[3]
                    : parts[3];
                var key = (parts[2], name);
                var (repairs, repeats) = sums.GetValueOrDefault(key);
                sums[key] = parts[4] == RepeatRepairFigures.Repairs ? (repairs + counter.Value, repeats) : (repairs, repeats + counter.Value);
            }

            return sums
                .OrderBy(s => s.Key.By == RepeatRepairFigures.ByPartner ? 0 : 1)
                .ThenBy(s => s.Key.Name, StringComparer.Ordinal)
                .Select(s => new RepeatRepairRow(s.Key.By, s.Key.Name, (int)s.Value.Repairs, (int)s.Value.Repeats,
                    s.Value.Repairs == 0 ? 0 : Math.Round((decimal)s.Value.Repeats / s.Value.Repairs, 3)))
                .ToList();
        });
    }
}
