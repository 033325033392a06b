using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the count sessions, open ones first, newest first.</summary>
internal sealed record LoadCounts : Command
{
    public sealed record Loaded(IReadOnlyList<CountSession> Sessions) : Outcome;

    public override Outcome Run(DepotContext depot) =>
        new Loaded(new CountService(depot).Sessions().OrderBy(s => s.IsOpen ? 0 : 1).ThenByDescending(s => s.Id).ToList());
}
