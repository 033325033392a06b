namespace Depot.Core.Integrity;

/// <summary>What one whole check found: units and events read, and every kind of mismatch.</summary>
public sealed record IntegrityReport(
    long Units,
    long Events,
    IReadOnlyList<IntegrityProblem> Problems,
    IReadOnlyList<PoolCountProblem> PoolCounts,
    IReadOnlyList<ReportCountProblem> ReportCounts,
    TimeSpan Elapsed)
{
    public bool Clean => Problems.Count == 0 && PoolCounts.Count == 0 && ReportCounts.Count == 0;
}
