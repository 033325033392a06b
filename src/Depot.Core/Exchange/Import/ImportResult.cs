namespace Depot.Core.Exchange.Import;

/// <summary>What an import did (or, for a dry run, would do).</summary>
public sealed record ImportResult(
    string Kind,
    string FileName,
    string Sha256,
    long RowsRead,
    long Applied,
    long AlreadyApplied,
    long Rejected,
    IReadOnlyList<Reading.RowError> FirstErrors,
    IReadOnlyList<string> Warnings,
    bool DryRun,
    bool Strict)
{
    /// <summary>Where the rejected rows were written, or null.</summary>
    public string? RejectsWrittenTo { get; init; }

    /// <summary>The record of this import in the depot, or null when nothing was written.</summary>
    public long? ImportId { get; init; }

    /// <summary>The count sessions a cycle-count import added to or found its rows in: their differences are the reconciliation.</summary>
    public IReadOnlyList<long> CountSessions { get; init; } = [];

    /// <summary>True when <c>--strict</c> applied nothing because some rows were invalid.</summary>
    public bool StrictRefused => Strict && Rejected > 0;

    /// <summary>Every row was applied or already applied.</summary>
    public bool Complete => Rejected == 0;
}
