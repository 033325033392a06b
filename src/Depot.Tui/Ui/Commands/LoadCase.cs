using Depot.Core;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads one case and the owner's Available units a swap could be reserved from, the case's model first.</summary>
internal sealed record LoadCase(string Ticket) : Command
{
    public sealed record Loaded(CaseOverview Overview, IReadOnlyList<Unit> Pool) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var overview = new CaseService(depot).Overview(Ticket);
        var wanted = overview.Defective?.ModelSku;
        var pool = new UnitService(depot).List(new UnitFilter(UnitState.Available, overview.Case.OwnerCode, Limit: 500))
            .OrderBy(u => string.Equals(u.ModelSku, wanted, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(u => u.Grade).ThenBy(u => u.StateSince).ToList();
        return new Loaded(overview, pool);
    }
}
