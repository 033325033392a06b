using Depot.Core;
using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reserves a pool unit for a swap case; another model only when <paramref name="Substitute"/> was confirmed.</summary>
internal sealed record ReserveSwap(string Ticket, string Identifier, bool Substitute) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        var change = new CaseService(depot).ReserveSwap(Ticket, Identifier, Substitute);
        return new CaseChanged(Ticket, $"{Identifier} reserved for case {Ticket}{(Substitute ? " (substitute model)" : "")}: {change.From} → {change.To}");
    }
}
