using Depot.Core;
using Depot.Core.Dashboard;
using Depot.Core.Pool;
using Depot.Core.Units;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// What Home shows in its first frame: the units by state and who waits longest, both read from a
/// few rows even at a million units. Read in one place so a bench can read them while the terminal
/// is still being set up. The owners below their pool target (every unit counter of the depot) and
/// today's receipts (every receipt of the day) follow right after the first frame.
/// </summary>
internal sealed record HomeFigures(IReadOnlyList<StateCount> Counts, IReadOnlyList<Unit> Waiting)
{
    /// <summary>How many of today's receipts Home lists (the first line opens them all).</summary>
    public const int ReceiptsShown = 20;

    public static HomeFigures Read(DepotContext depot)
    {
        var dashboard = new DepotDashboard(depot);
        var counts = dashboard.CountsByState();
        Cli.StartupTrace.Mark("home: counts by state");
        var waiting = dashboard.LongestWaiting();
        Cli.StartupTrace.Mark("home: longest waiting");
        return new HomeFigures(counts, waiting);
    }

    /// <summary>The owners whose pool is below target (owner lines only).</summary>
    public static IReadOnlyList<PoolLevel> BelowTarget(DepotContext depot) =>
        new PoolLevels(depot).ForAllOwners().Where(l => l.ModelSku is null && l.Shortfall > 0).ToList();

    /// <summary>Today's receipts: how many, and the latest of them.</summary>
    public static DayReceipts Receipts(DepotContext depot) => new DepotDashboard(depot).LatestReceiptsToday(ReceiptsShown);
}
