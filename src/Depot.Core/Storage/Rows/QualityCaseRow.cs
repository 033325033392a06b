namespace Depot.Core.Storage.Rows;

/// <summary>
/// What one case adds to its owner's maintained report figures (see <c>Reports.ReportCounts</c>):
/// the counter keys it counts in, once per occurrence, and the facts the report still needs day
/// by day (a return that is due and not back yet). Rewritten whenever a step of one of the
/// case's units changes them, in the same unit of work.
/// </summary>
public sealed class QualityCaseRow : IRow
{
    public static readonly IndexSpec ByCase = new("quality_cases_case", nameof(CaseId), IndexKeyType.Integer, Unique: true);

    /// <summary>Cases whose defective unit is due back and not received, by owner ("12"); empty for the others.</summary>
    public static readonly IndexSpec ByAwaiting = new("quality_cases_awaiting", nameof(AwaitingKey), IndexKeyType.Text);

    public long Id { get; set; }

    public long CaseId { get; set; }

    public long OwnerId { get; set; }

    /// <summary>The counter keys this case adds one to (a key twice when it counts twice).</summary>
    public List<string> Figures { get; set; } = [];

    /// <summary>The return due date when the case had one at its last count.</summary>
    public DateOnly? Due { get; set; }

    /// <summary>The local day the defective unit was first received while the case was open.</summary>
    public DateOnly? Received { get; set; }

    /// <summary>When the case was closed at its last count (a change means the figures are counted again).</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string AwaitingKey => Due is not null && Received is null ? StoreKeys.Id(OwnerId) : "";
}
