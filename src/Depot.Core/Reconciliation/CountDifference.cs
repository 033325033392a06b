namespace Depot.Core.Reconciliation;

/// <summary>One difference between a count and the system, with what settles it.</summary>
/// <param name="Expected">What the system says ("NORDBANK IP15-128 in bin A-01, Available").</param>
/// <param name="Counted">What the count says ("counted in bin A-02").</param>
/// <param name="Allowed">The resolutions that fit this difference.</param>
/// <param name="ResolvedBy">How it was resolved, with the reason; null while open.</param>
public sealed record CountDifference(
    string Identifier,
    DifferenceKind Kind,
    string Expected,
    string Counted,
    IReadOnlyList<Resolution> Allowed,
    string? ResolvedBy)
{
    public bool IsResolved => ResolvedBy is not null;
}
