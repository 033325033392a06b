namespace Depot.Core.Reconciliation;

/// <summary>How the count and the system disagree about one unit.</summary>
public enum DifferenceKind
{
    /// <summary>The system has the unit here, nobody counted it.</summary>
    ExpectedNotCounted,

    /// <summary>Counted here, but the system does not expect it here (unknown, lost, or in another bin).</summary>
    CountedNotExpected,

    /// <summary>Counted in a pool or bin of another owner than the system records.</summary>
    WrongOwner,

    /// <summary>Counted in a bin of another model than the system records.</summary>
    WrongModel,

    /// <summary>Counted on the shelf while the system has it somewhere else in its lifecycle (with a user, at a partner, scrapped).</summary>
    WrongState,

    /// <summary>The same unit was scanned more than once in the session.</summary>
    ScannedTwice,
}
