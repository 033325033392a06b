using Depot.Core;
using Depot.Core.Receiving;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Stores a checklist ticked after the scan with its receipt.</summary>
internal sealed record SaveChecklist(long ReceiveEventId, ReceiptChecklist Checklist) : Command
{
    public sealed record Saved(long ReceiveEventId, ReceiptChecklist Checklist) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        new Dock(depot).UpdateChecklist(ReceiveEventId, Checklist);
        return new Saved(ReceiveEventId, Checklist);
    }
}
