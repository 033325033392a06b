using Depot.Core;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Lists the units a filter picks, longest in their state first.</summary>
internal sealed record LoadUnits(UnitFilter Filter) : Command
{
    public sealed record Loaded(UnitFilter Filter, IReadOnlyList<Unit> Units, DateTimeOffset Now) : Outcome;

    public override Outcome Run(DepotContext depot) => new Loaded(Filter, new UnitService(depot).List(Filter), depot.Now);
}
