namespace Depot.Core.Lifecycle;

/// <summary>What a repair partner reports; it chooses where <see cref="Trigger.PartnerResult"/> takes the unit.</summary>
public enum PartnerOutcome
{
    /// <summary>Repaired (a board swap may have given the unit a new IMEI): on to quality check.</summary>
    Repaired,

    /// <summary>The partner found no fault: on to quality check.</summary>
    NoFaultFound,

    /// <summary>Not worth repairing: the unit is scrapped.</summary>
    BeyondRepair,

    /// <summary>The repair is not covered: a quote goes to the customer for approval.</summary>
    QuoteNeeded,
}
