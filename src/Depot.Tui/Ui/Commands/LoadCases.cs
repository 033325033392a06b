using Depot.Core;
using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the cases, newest first, with their units, dates, charges and status.</summary>
internal sealed record LoadCases(CaseStatus? Status = null) : Command
{
    public sealed record Loaded(IReadOnlyList<CaseOverview> Cases) : Outcome;

    public override Outcome Run(DepotContext depot) => new Loaded(new CaseService(depot).List(status: Status));
}
