using Depot.Core.Calendar;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// The report figures counted again from the rows, in one pass over every case and every unit's
/// history: what <see cref="ReportCounts"/> keeps must equal it. Holds one small set of facts per
/// case, never the events.
/// </summary>
internal sealed class ReportRecount(DepotCalendar calendar)
{
    private readonly Dictionary<long, CaseFigures> _cases = [];

    /// <summary>The units' share of the counters (month-end pools, repeat repairs); cases' shares are added by <see cref="Share"/>.</summary>
    public Dictionary<string, long> Counters { get; } = new(StringComparer.Ordinal);

    public IEnumerable<long> CaseIds => _cases.Keys;

    public void AddCase(CaseRow serviceCase) => _cases[serviceCase.Id] = new CaseFigures(serviceCase);

    public void AddUnit(UnitHistory history)
    {
        if (history.Unit.OwnerId is { } owner)
        {
            foreach (var (key, delta) in UnitAvailability.Figures(owner, history.Events, calendar))
            {
                Counters[key] = Counters.GetValueOrDefault(key) + delta;
            }
        }

        foreach (var (key, delta) in RepeatRepairFigures.Figures(history.Unit.ModelId, history.Events, calendar))
        {
            Counters[key] = Counters.GetValueOrDefault(key) + delta;
        }

                foreach (var link in CaseFigures.FirstLinks(history.Links))
        {
            if (_cases.TryGetValue(link.CaseId, out var figures))
            {
                figures.Add(link.Role, history.Unit.ModelId, history.Events, calendar);
            }
        }
    }

    /// <summary>The case's share as counted now, or null for an unknown case; <paramref name="count"/> adds it to <see cref="Counters"/>.</summary>
    public QualityCaseRow? Share(long caseId, bool count)
    {
        if (!_cases.TryGetValue(caseId, out var figures))
        {
            return null;
        }

        var row = figures.ToRow(calendar);
        if (count)
        {
            foreach (var key in row.Figures)
            {
                Counters[key] = Counters.GetValueOrDefault(key) + 1;
            }
        }

        return row;
    }
}
