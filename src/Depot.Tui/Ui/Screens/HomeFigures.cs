using Depot.Core;
using Depot.Core.Dashboard;
using Depot.Core.Pool;
using Depot.Core.Units;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// What Home shows before anything else: the units by state, the owners below their pool target,
/// who waits longest and the latest receipts of the day. Read in one place so a bench can read them
/// while the terminal is still being set up, and Home draws them as its first frame.
/// </summary>
internal sealed record HomeFigures(
    IReadOnlyList<StateCount> Counts,
    IReadOnlyList<PoolLevel> BelowTarget,
    IReadOnlyList<Unit> Waiting,
    DayReceipts Receipts)
{
    /// <summary>How many of today's receipts Home lists (the first line opens them all).</summary>
    public const int ReceiptsShown = 20;

    public static HomeFigures Read(DepotContext depot)
    {
        var dashboard = new DepotDashboard(depot);
        var counts = dashboard.CountsByState();
        Cli.StartupTrace.Mark("home: counts by state");
        var below = new PoolLevels(depot).ForAllOwners().Where(l => l.ModelSku is null && l.Shortfall > 0).ToList();
        Cli.StartupTrace.Mark("home: pool levels");
        var waiting = dashboard.LongestWaiting();
        Cli.StartupTrace.Mark("home: longest waiting");
        var receipts = dashboard.LatestReceiptsToday(ReceiptsShown);
        Cli.StartupTrace.Mark("home: receipts today");
        return new HomeFigures(counts, below, waiting, receipts);
    }
}
