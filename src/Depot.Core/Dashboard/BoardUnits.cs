using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Dashboard;

/// <summary>Units of one state in waiting order, read from the first keys of <see cref="UnitRow.ByState"/>.</summary>
internal static class BoardUnits
{
    /// <summary>The first <paramref name="limit"/> units in <paramref name="state"/>, longest in it first.</summary>
    public static IReadOnlyList<Unit> Waiting(IStoreSession session, CatalogLookup catalog, UnitState state, int limit) =>
        session.Table<UnitRow>()
            // Instants in the key start with the year: every one lies between "State|" and "State|9999".
            .Range(UnitRow.ByState, $"{state}|", $"{state}|9999", limit: limit)
            .Select(row => UnitRows.ToUnit(row, catalog))
            .ToList();
}
