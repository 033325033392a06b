namespace Depot.Core.Lifecycle;

/// <summary>What the bench recorded at inspection.</summary>
public enum InspectionOutcome
{
    /// <summary>No fault found: straight to quality check.</summary>
    NoFaultFound,

    /// <summary>A fault that warranty, care plan or voucher pays for.</summary>
    CoveredFault,

    /// <summary>A fault nothing covers (cosmetic, liquid, tamper, misuse, wear): a quote goes to the customer.</summary>
    NotCovered,

    /// <summary>Not worth repairing.</summary>
    BeyondRepair,
}

/// <summary>Why a fault is not covered.</summary>
public enum NotCoveredReason
{
    Cosmetic,
    Liquid,
    Tamper,
    Misuse,
    Wear,
}

/// <summary>What a repair partner reports.</summary>
public enum PartnerOutcome
{
    Repaired,
    NoFaultFound,
    BeyondRepair,
    QuoteNeeded,
}

/// <summary>
/// The facts a guard in the lifecycle table looks at. Only the facts that choose between
/// destinations are here; everything else about a unit lives in storage.
/// </summary>
public sealed record TransitionFacts
{
    public static readonly TransitionFacts None = new();

    public InspectionOutcome? Inspection { get; init; }

    public PartnerOutcome? PartnerOutcome { get; init; }

    /// <summary>True when a passed unit goes back to the pool: the owner's policy is <c>pool</c> and the unit was not a repair-only case.</summary>
    public bool ReturnsToPool { get; init; }
}
