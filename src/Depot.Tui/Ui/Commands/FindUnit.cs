using Depot.Core;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Receiving;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Finds a unit by any identifier it ever had, with its history, case and coverage.</summary>
internal sealed record FindUnit(string Text) : Command
{
    public sealed record Found(UnitDetail Detail) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var units = new UnitService(depot);
        var unit = units.Require(Text);
        var model = unit.ModelSku is null ? null : new Catalog(depot).FindModel(unit.ModelSku);
        return new Found(new UnitDetail(
            unit,
            units.Identifiers(unit.Id),
            units.History(unit.Id),
            new CaseService(depot).CurrentCaseOf(unit.Id),
            new Dock(depot).CoverageOf(unit),
            model?.RetailPrice.Currency ?? "EUR",
            depot.Now));
    }
}
