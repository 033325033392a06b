using Depot.Core.Cases;
using Depot.Core.Coverage;
using Depot.Core.Units;

namespace Depot.Core.Receiving;

/// <summary>
/// What the dock learns from one scan: the unit as the receipt left it, the receipt event, the case it came
/// back for (if any) and what covers it on the day of receipt.
/// </summary>
public sealed record DockReceipt(Unit Unit, UnitEvent Event, ServiceCase? Case, CoverageOnDate Coverage, ReceiptChecklist Checklist)
{
    /// <summary>The identifier was unknown: the unit went to quarantine for triage.</summary>
    public bool Quarantined => Unit.State == Lifecycle.UnitState.Quarantine;

    /// <summary>The repair whose warranty the unit came back inside of (a repeat repair); null otherwise.</summary>
    public RepairWarranty? RepeatRepair => RepairWarranty.RepeatOf(Event.Details);
}
