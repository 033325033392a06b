using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Adds one scanned unit to a count session; says when it was scanned before.</summary>
internal sealed record ScanCount(long SessionId, string Scan) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        var line = new CountService(depot).Scan(SessionId, Scan);
        var read = LoadCount.Read(depot, SessionId);
        var twice = read.Differences.Any(d => d.Kind == DifferenceKind.ScannedTwice && d.Identifier == line.Identifier && !d.IsResolved);
        return read with { Notice = twice ? $"{line.Identifier}: scanned twice in this count" : $"{line.Identifier}: counted" };
    }
}
