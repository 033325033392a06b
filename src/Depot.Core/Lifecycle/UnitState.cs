namespace Depot.Core.Lifecycle;

/// <summary>Where a unit is in the depot. The names are the contract: they appear in the database, the CLI and every export.</summary>
public enum UnitState
{
    /// <summary>Not yet known to the depot: the "(none)" row of the lifecycle table. Never stored on a unit.</summary>
    None,

    /// <summary>On the shelf in its owner's swap pool, ready to be reserved for a case.</summary>
    Available,

    /// <summary>A case expects this unit back (pre-alert); it has not reached the dock yet.</summary>
    Announced,

    /// <summary>Scanned in at the dock, waiting for inspection.</summary>
    Received,

    /// <summary>An identifier nobody expected, kept aside until triage finds its owner and model.</summary>
    Quarantine,

    /// <summary>Repaired or found fault-free, waiting for the bench's quality check.</summary>
    QualityCheck,

    /// <summary>Fault confirmed and paid for (covered or quote approved), waiting to go to a partner.</summary>
    AwaitingRepair,

    /// <summary>Not covered: the quote waits for the customer's approval.</summary>
    AwaitingApproval,

    /// <summary>At a repair partner under a repair order.</summary>
    AtPartner,

    /// <summary>Taken from the pool for a swap case, not yet shipped.</summary>
    Reserved,

    /// <summary>Out of the depot with an end user.</summary>
    WithUser,

    /// <summary>Going back to its user (quote declined, or the owner's policy returns repaired units).</summary>
    Returning,

    /// <summary>Missing after reconciliation.</summary>
    Lost,

    /// <summary>Beyond repair or scrapped by hand. The end of the road.</summary>
    Scrapped,
}
