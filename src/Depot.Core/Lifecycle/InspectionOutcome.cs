namespace Depot.Core.Lifecycle;

/// <summary>What the bench recorded at inspection; it chooses where <see cref="Trigger.Inspect"/> takes the unit.</summary>
public enum InspectionOutcome
{
    /// <summary>No fault found: straight to quality check.</summary>
    NoFaultFound,

    /// <summary>A fault that warranty, care plan or voucher pays for: the unit waits for a repair partner.</summary>
    CoveredFault,

    /// <summary>A fault nothing covers (cosmetic, liquid, tamper, misuse, wear): a quote goes to the customer.</summary>
    NotCovered,

    /// <summary>Not worth repairing: the unit is scrapped.</summary>
    BeyondRepair,
}
