using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Records an inspection outcome for a unit, refused if the unit changed since it was read.</summary>
internal sealed record InspectUnit(string Identifier, long Version, InspectionOutcome Result, NotCoveredReason? Reason, Money? Quote, string? Note) : Command
{
    public override Outcome Run(DepotContext depot) =>
        new UnitChanged(Identifier, new UnitService(depot).Inspect(Identifier, Result, Reason, Quote, Note, Version));
}
