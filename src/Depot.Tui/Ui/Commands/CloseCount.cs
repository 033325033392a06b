using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Closes a count session once nothing is open.</summary>
internal sealed record CloseCount(long SessionId) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        new CountService(depot).Close(SessionId);
        return LoadCount.Read(depot, SessionId, $"count session {SessionId} closed");
    }
}
