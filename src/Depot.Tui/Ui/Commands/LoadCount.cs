using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads one count session and its differences against the system.</summary>
internal sealed record LoadCount(long SessionId) : Command
{
    public override Outcome Run(DepotContext depot) => Read(depot, SessionId);

    public static CountRead Read(DepotContext depot, long sessionId, string? notice = null)
    {
        var counts = new CountService(depot);
        return new CountRead(counts.Require(sessionId), counts.Differences(sessionId), notice);
    }
}
