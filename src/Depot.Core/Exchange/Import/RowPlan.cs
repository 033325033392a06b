namespace Depot.Core.Exchange.Import;

/// <summary>What validation decided for one row; the apply pass follows it.</summary>
public enum RowPlan : byte
{
    /// <summary>Not in the depot yet: apply it.</summary>
    New,

    /// <summary>Known, with something to change: apply it.</summary>
    Update,

    /// <summary>The depot already holds exactly this; nothing to do.</summary>
    AlreadyApplied,

    /// <summary>Invalid: goes to the rejects file.</summary>
    Rejected,
}
