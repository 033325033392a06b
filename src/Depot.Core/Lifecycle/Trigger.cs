namespace Depot.Core.Lifecycle;

/// <summary>What happens to a unit. The names are the contract: they appear in the event log, the CLI and every export.</summary>
public enum Trigger
{
    /// <summary>New swap stock bought by its owner enters the pool.</summary>
    Intake,

    /// <summary>A case announces that this unit will come back (pre-alert).</summary>
    Announce,

    /// <summary>The unit is scanned in at the dock.</summary>
    Receive,

    /// <summary>Triage found an unknown unit's owner and model.</summary>
    Release,

    /// <summary>The bench records the inspection outcome.</summary>
    Inspect,

    /// <summary>The customer accepted the repair quote.</summary>
    Approve,

    /// <summary>The customer declined the repair quote; the diagnostic fee is charged.</summary>
    Decline,

    /// <summary>The unit leaves for a repair partner under a repair order.</summary>
    SendToPartner,

    /// <summary>The partner reports what it did.</summary>
    PartnerResult,

    /// <summary>The unit passed the depot's quality check.</summary>
    PassQc,

    /// <summary>The unit failed the quality check and goes back to repair.</summary>
    FailQc,

    /// <summary>A pool unit is set aside for a swap case of the same owner.</summary>
    Reserve,

    /// <summary>A reservation is cancelled; the unit goes back to the pool.</summary>
    Unreserve,

    /// <summary>The unit leaves the depot for an end user.</summary>
    Ship,

    /// <summary>Reconciliation could not find the unit.</summary>
    MarkLost,

    /// <summary>A lost unit turned up again; it goes to quarantine for triage.</summary>
    Found,

    /// <summary>The unit is scrapped by hand, with a reason.</summary>
    Scrap,
}
