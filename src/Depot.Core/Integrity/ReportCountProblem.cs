namespace Depot.Core.Integrity;

/// <summary>
/// One kept report figure (a counter, or one case's share of them) that does not hold what a
/// recount of the rows gives.
/// </summary>
/// <param name="Subject">The counter key with its owner ("quality|3|2026-11|opened (NORDBANK)"), or the case ("case SR-1").</param>
public sealed record ReportCountProblem(string Subject, string Kept, string Recounted)
{
    public override string ToString() => $"{Subject}: kept {Kept}, a recount gives {Recounted}";
}
