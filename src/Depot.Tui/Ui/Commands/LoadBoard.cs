using Depot.Core;
using Depot.Core.Dashboard;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the repair board.</summary>
internal sealed record LoadBoard : Command
{
    public sealed record Loaded(IReadOnlyList<RepairBoardLine> Lines, DateTimeOffset Now) : Outcome;

    public override Outcome Run(DepotContext depot) => new Loaded(new DepotDashboard(depot).RepairBoard(), depot.Now);
}
