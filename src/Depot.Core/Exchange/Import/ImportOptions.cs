namespace Depot.Core.Exchange.Import;

/// <summary>How an import runs.</summary>
/// <param name="DryRun">Validate and report only; the database is not touched.</param>
/// <param name="Strict">All or nothing: apply nothing when any row is invalid.</param>
/// <param name="ErrorsShown">How many errors the result carries for the summary (all go to the rejects file).</param>
public sealed record ImportOptions(bool DryRun = false, bool Strict = false, int ErrorsShown = 10);
