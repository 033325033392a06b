using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Resolves one difference of a count with a reason, as <c>depot count resolve</c> does.</summary>
/// <param name="Value">The bin, owner or model for a correction; null for the depot's default.</param>
internal sealed record ResolveDifference(long SessionId, string Identifier, DifferenceKind Kind, Resolution Resolution, string Reason, string? Value) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        var resolved = new CountService(depot).Resolve(SessionId, Identifier, Kind, Resolution, Reason, Value);
        return LoadCount.Read(depot, SessionId, $"{Identifier} {Kind}: {resolved.ResolvedBy}");
    }
}
