using Depot.Core;
using Depot.Core.Pool;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the pool levels of every owner and model.</summary>
internal sealed record LoadPool : Command
{
    public sealed record Loaded(IReadOnlyList<PoolLevel> Levels) : Outcome;

    public override Outcome Run(DepotContext depot) => new Loaded(new PoolLevels(depot).ForAllOwners());
}
