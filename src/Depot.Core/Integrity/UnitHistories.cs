using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Integrity;

/// <summary>
/// Reads every unit with its events and case links, a chunk of units at a time: the units in id
/// order, then one index range over the events (and links) of that chunk's ids. Only one chunk's
/// events are in memory however many the depot holds.
/// </summary>
internal static class UnitHistories
{
    /// <summary>Units per chunk: about ten times as many events.</summary>
    public const int ChunkSize = 2000;

    public static IEnumerable<UnitHistory> Read(IStoreSession session, int chunkSize = ChunkSize)
    {
        var chunk = new List<UnitRow>(chunkSize);
        foreach (var unit in session.Table<UnitRow>().All())
        {
            chunk.Add(unit);
            if (chunk.Count == chunkSize)
            {
                foreach (var history in Load(session, chunk))
                {
                    yield return history;
                }

                chunk.Clear();
            }
        }

        foreach (var history in Load(session, chunk))
        {
            yield return history;
        }
    }

    private static List<UnitHistory> Load(IStoreSession session, List<UnitRow> units)
    {
        if (units.Count == 0)
        {
            return [];
        }

        var first = units.Min(u => u.Id);
        var last = units.Max(u => u.Id);
        var events = session.Table<EventRow>().Range(EventRow.ByUnit, first, last)
            .GroupBy(e => e.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).ToList());
        var links = session.Table<CaseUnitRow>().Range(CaseUnitRow.ByUnit, first, last).ToLookup(l => l.UnitId);
        return units.Select(u => new UnitHistory(u, events.GetValueOrDefault(u.Id) ?? [], links[u.Id].ToList())).ToList();
    }
}
