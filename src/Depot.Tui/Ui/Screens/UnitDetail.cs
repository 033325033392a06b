using Depot.Core;
using Depot.Core.Cases;
using Depot.Core.Coverage;
using Depot.Core.Owners;
using Depot.Core.Receiving;
using Depot.Core.Units;

namespace Depot.Tui.Ui.Screens;

/// <summary>One unit with everything the unit and inspect screens show about it.</summary>
internal sealed record UnitDetail(
    Unit Unit,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<UnitEvent> History,
    ServiceCase? Case,
    DockCoverage Coverage,
    string Currency)
{
    /// <summary>The repair the unit's latest receipt came back inside of (a repeat repair), or null.</summary>
    public RepairWarranty? RepeatRepair => RepairWarranty.RepeatOfLastReceipt(History);

    /// <summary>Finds a unit by any identifier it ever had; refused when there is none.</summary>
    public static UnitDetail Read(DepotContext depot, string text)
    {
        var units = new UnitService(depot);
        var unit = units.Require(text);
        var model = unit.ModelSku is null ? null : new Catalog(depot).FindModel(unit.ModelSku);
        return new UnitDetail(
            unit,
            units.Identifiers(unit.Id),
            units.History(unit.Id),
            new CaseService(depot).CurrentCaseOf(unit.Id),
            new Dock(depot).CoverageOf(unit),
            model?.RetailPrice.Currency ?? "EUR");
    }
}
