using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// One unit's share of the repeat-repair figures, counted from its own events: each partner repair
/// that passed quality check counts in its local month for its partner and for the unit's model
/// (<c>repeat|2026-03|partner|NORDREP|repairs</c>), and each receipt marked a repeat repair counts
/// in its month for the partner that repaired it and for the model (<c>…|repeats</c>). The step
/// writes the difference of the unit's share before and after it, as the month-end pool does.
/// </summary>
internal static class RepeatRepairFigures
{
    /// <summary>The prefix of every repeat-repair counter.</summary>
    public const string Prefix = "repeat|";

    public const string Repairs = "repairs";
    public const string Repeats = "repeats";
    public const string ByPartner = "partner";
    public const string ByModel = "model";

    /// <summary>A partner that was not recorded with the repair.</summary>
    public const string UnknownPartner = "-";

    /// <summary>"repeat|2026-03|partner|NORDREP|repairs".</summary>
    public static string Key(string month, string by, string name, string figure) => $"{Prefix}{month}|{by}|{name}|{figure}";

    public static IReadOnlyList<(string Key, long Delta)> Figures(long? modelId, IEnumerable<EventRow> events, DepotCalendar calendar)
    {
        var figures = new List<(string, long)>();
        var model = modelId?.ToString(CultureInfo.InvariantCulture);
        void Count(DateTimeOffset at, string? partner, string figure)
        {
            var month = ReportCounts.Month(calendar.LocalDate(at));
            // A key holds its parts between '|', so a partner written with one keeps a '/' instead.
            figures.Add((Key(month, ByPartner, string.IsNullOrEmpty(partner) ? UnknownPartner : partner.Replace('|', '/'), figure), 1));
            if (model is not null)
            {
                figures.Add((Key(month, ByModel, model, figure), 1));
            }
        }

        // The same reading of a repair as RepairWarranty.Latest: a Repaired result, then a passed quality check.
        string? partner = null;
        var repaired = false;
        foreach (var e in events.OrderBy(e => e.Id))
        {
            switch (e.Trigger)
            {
                case nameof(Trigger.Receive):
                    if (e.Details is { } details && RepairWarranty.RepeatOf(details) is { } repeat)
                    {
                        Count(e.At, repeat.Partner, Repeats);
                    }

                    (partner, repaired) = (null, false);
                    break;
                case nameof(Trigger.SendToPartner):
                    partner = e.Details?.GetValueOrDefault("partner");
                    break;
                case nameof(Trigger.PartnerResult) when e.Details?.GetValueOrDefault("outcome") == "Repaired":
                    repaired = true;
                    break;
                case nameof(Trigger.PassQc) when repaired:
                    Count(e.At, partner, Repairs);
                    repaired = false;
                    break;
            }
        }

        return figures;
    }
}
