namespace Depot.Core.Reconciliation;

/// <summary>How a difference is settled. Each is an event or an audited change, always with a reason.</summary>
public enum Resolution
{
    /// <summary>A lost unit turned up: the Found trigger (to Quarantine for triage).</summary>
    Found,

    /// <summary>An expected unit cannot be found: the MarkLost trigger.</summary>
    MarkLost,

    /// <summary>An unknown unit, or one the system has with a user or announced, is on the shelf: the Receive trigger (Quarantine or Received).</summary>
    Receive,

    /// <summary>The unit's bin is corrected (audited).</summary>
    MoveBin,

    /// <summary>The unit's owner is corrected (audited; never while it serves another owner's open case).</summary>
    CorrectOwner,

    /// <summary>The unit's model is corrected (audited).</summary>
    CorrectModel,

    /// <summary>Nothing in the system changes; the reason explains why (a double scan, a unit on the bench).</summary>
    Dismiss,
}
