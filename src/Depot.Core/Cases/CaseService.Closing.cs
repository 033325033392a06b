using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Cases;

// Closing the cases whose units have all reached their end.
public sealed partial class CaseService
{
    /// <summary>
    /// Closes every open case whose units have all reached their end since it opened (swap unit
    /// shipped to the user, defective unit back in the pool, shipped back, scrapped or lost), at
    /// the time the last of them got there. A unit that later serves another case does not reopen it.
    /// Every lifecycle step closes its own unit's cases as it is written; this sweep is for data
    /// written in bulk (the demo loader, the volume generator). Returns how many cases it closed.
    /// </summary>
    public int CloseFinished() => context.Write(w =>
        Close(w, w.Table<CaseRow>().Range(CaseRow.ByOpenOwner, "open|", "open|~")));

    /// <summary>Closes the open cases of <paramref name="unitId"/> that its latest step finished, inside the caller's unit of work.</summary>
    internal void CloseFinishedOf(IStoreWriter writer, long unitId)
    {
        var caseIds = writer.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, unitId).Select(l => l.CaseId).Distinct().ToList();
        var cases = writer.Table<CaseRow>().GetMany(caseIds).ToDictionary(c => c.Id);
        var open = caseIds
            .Select(cases.GetValueOrDefault)
            .OfType<CaseRow>()
            .Where(c => c.ClosedAt is null)
            .ToList();
        Close(writer, open);
    }

    private static int Close(IStoreWriter writer, IEnumerable<CaseRow> openCases)
    {
        var closed = 0;
        foreach (var serviceCase in openCases.ToList())
        {
            if (FinishedAt(writer, serviceCase) is { } at)
            {
                serviceCase.ClosedAt = at;
                writer.Table<CaseRow>().Update(serviceCase);
                closed++;
            }
        }

        return closed;
    }

    /// <summary>When the last of the case's units reached its end since the case opened; null while one has not.</summary>
    private static DateTimeOffset? FinishedAt(IStoreSession session, CaseRow serviceCase)
    {
        var links = session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, serviceCase.Id);
        if (links.Count == 0
            || (serviceCase.Kind == "swap" && (!links.Any(l => l.Role == "swap") || !links.Any(l => l.Role == "defective"))))
        {
            return null;
        }

        DateTimeOffset? last = null;
        var events = session.Table<EventRow>().FindMany(EventRow.ByUnit, links.Select(l => l.UnitId)).ToLookup(e => e.UnitId);
        foreach (var link in links)
        {
            var end = events[link.UnitId]
                .Where(e => e.At >= serviceCase.OpenedAt && IsEnd(link.Role, e))
                .Select(e => (DateTimeOffset?)e.At)
                .Min();
            if (end is null)
            {
                return null;
            }

            last = last is null || end > last ? end : last;
        }

        return last;
    }

    private static bool IsEnd(string role, EventRow e) => role == "swap"
        ? e.ToState is nameof(UnitState.WithUser) or nameof(UnitState.Lost) or nameof(UnitState.Scrapped)
        : e.ToState is nameof(UnitState.Available) or nameof(UnitState.Lost) or nameof(UnitState.Scrapped) || e.Trigger == nameof(Trigger.Ship);
}
