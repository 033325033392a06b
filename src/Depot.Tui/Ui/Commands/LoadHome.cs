using Depot.Core;
using Depot.Core.Dashboard;
using Depot.Core.Pool;
using Depot.Core.Reconciliation;
using Depot.Core.Reports;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the home screen's live numbers.</summary>
internal sealed record LoadHome : Command
{
    public sealed record Loaded(HomeData Data) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var dashboard = new DepotDashboard(depot);
        var below = new PoolLevels(depot).ForAllOwners().Where(l => l.ModelSku is null && l.Shortfall > 0).ToArray();
        return new Loaded(new HomeData(dashboard.CountsByState(), below, dashboard.LongestWaiting(), dashboard.ReceiptsToday(), depot.Now));
    }
}

/// <summary>Reads the home screen's follow-up lines (overdue cases, open counts) once its numbers are on screen.</summary>
internal sealed record LoadHomeFollowUps : Command
{
    public sealed record Loaded(IReadOnlyList<OverdueReturnRow> OverdueCases, IReadOnlyList<CountSession> OpenCounts) : Outcome;

    // Overdue cases walk every open swap case and its calendar: the slowest read of the screen.
    public override bool AfterFrame => true;

    public override Outcome Run(DepotContext depot) => new Loaded(
        new OverdueReturns(depot).List().Where(r => !r.Received).ToList(),
        new CountService(depot).Sessions(openOnly: true));
}
