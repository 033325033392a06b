using Depot.Core;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Starts counting a bin or an owner's pool.</summary>
internal sealed record StartCount(CountScope Scope, string Target) : Command
{
    public sealed record Started(CountSession Session) : Outcome;

    public override Outcome Run(DepotContext depot) => new Started(new CountService(depot).Start(Scope, Target));
}
