using Depot.Core;
using Depot.Core.Receiving;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Receives what was scanned at the dock, with the checklist ticked so far.</summary>
internal sealed record ReceiveScan(string Scan, ReceiptChecklist Checklist) : Command
{
    public sealed record Received(DockReceipt Receipt) : Outcome;

    public override Outcome Run(DepotContext depot) => new Received(new Dock(depot).Receive(Scan, Checklist));
}
