using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// How many of an owner's units stood Available on the shelf at given moments: a unit counts at a
/// moment when the last event it had before that moment left it Available. This reads every event
/// of the owner's units; the quality report reads the same figure at month ends from the kept
/// counters instead (<see cref="ReportCounts"/>), and this is what those must agree with.
/// </summary>
public sealed class AvailableUnits(DepotContext context)
{
    /// <summary>The owner's Available units at each of <paramref name="moments"/>, in the same order.</summary>
    public IReadOnlyList<int> At(long ownerId, IReadOnlyList<DateTimeOffset> moments) => context.Read(session =>
    {
        var counts = new int[moments.Count];
        var units = session.Table<UnitRow>();
        var events = session.Table<EventRow>();
        foreach (var state in UnitLifecycle.StoredStates)
        {
            var key = $"{StoreKeys.Id(ownerId)}|{state}|";
            foreach (var unit in units.Range(UnitRow.ByOwnerStateSince, key, key + "~"))
            {
                var history = events.Find(EventRow.ByUnit, unit.Id);
                for (var i = 0; i < moments.Count; i++)
                {
                    var moment = moments[i];
                    var last = history.Where(e => e.At < moment).MaxBy(e => e.Id);
                    if (last?.ToState == nameof(UnitState.Available))
                    {
                        counts[i]++;
                    }
                }
            }
        }

        return (IReadOnlyList<int>)counts;
    });
}
