namespace Depot.Core.Reconciliation;

/// <summary>What a count session covers.</summary>
public enum CountScope
{
    /// <summary>One shelf bin: every pool unit the system has in that bin.</summary>
    Bin,

    /// <summary>One owner's whole pool: every Available or Reserved unit of that owner.</summary>
    Owner,
}
