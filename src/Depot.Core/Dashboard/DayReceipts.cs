namespace Depot.Core.Dashboard;

/// <summary>How many units were received on a day, and the latest of those receipts.</summary>
public sealed record DayReceipts(int Total, IReadOnlyList<Receipt> Latest);
