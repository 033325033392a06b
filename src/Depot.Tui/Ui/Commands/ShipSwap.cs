using Depot.Core;
using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Ships a case's reserved swap unit; the case gets its ship and due dates.</summary>
internal sealed record ShipSwap(string Ticket) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        var services = new CaseService(depot);
        services.ShipSwap(Ticket);
        var shipped = services.Require(Ticket);
        return new CaseChanged(Ticket, $"case {Ticket}: swap unit shipped {shipped.ShipDate:yyyy-MM-dd}, return due {shipped.DueDate:yyyy-MM-dd}");
    }
}
