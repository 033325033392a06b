namespace Depot.Core.Cases;

/// <summary>The end user, the reported fault and the diagnosis answers of a case.</summary>
/// <param name="ReportedAt">When the service desk registered the case; the ship cut-off counts from here.</param>
/// <param name="Diagnosis">Checklist answers: control questions, SIM removed, accessories.</param>
public sealed record CaseDetails(
    string? Customer = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string? Fault = null,
    DateTimeOffset? ReportedAt = null,
    IReadOnlyDictionary<string, string>? Diagnosis = null)
{
    public static readonly CaseDetails Empty = new();
}
