namespace Depot.Core.Coverage;

/// <summary>What covers a unit on one date (the answer of <see cref="CoverageService"/>): empty when nothing does.</summary>
public sealed record CoverageOnDate(DateOnly Date, IReadOnlyList<Cover> Covers)
{
    public bool Covered => Covers.Count > 0;

    /// <summary>"warranty until 2026-09-01, voucher V-1" or "not covered".</summary>
    public string Describe() => Covered ? string.Join(", ", Covers) : "not covered";
}
