namespace Depot.Core.Cases;

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    /// <summary>Work still to do: a swap unit to ship, a defective unit expected or on the bench.</summary>
    Open,

    /// <summary>The defective unit is past its return due date and not yet received.</summary>
    Overdue,

    /// <summary>Every unit the case moved has reached its end.</summary>
    Closed,
}
