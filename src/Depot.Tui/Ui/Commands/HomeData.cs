using Depot.Core.Dashboard;
using Depot.Core.Pool;
using Depot.Core.Reconciliation;
using Depot.Core.Reports;
using Depot.Core.Units;

namespace Depot.Tui.Ui.Commands;

/// <summary>Everything the home screen shows, read in one go.</summary>
internal sealed record HomeData(
    IReadOnlyList<StateCount> Counts,
    IReadOnlyList<PoolLevel> BelowTarget,
    IReadOnlyList<Unit> LongestWaiting,
    IReadOnlyList<Receipt> ReceiptsToday,
    DateTimeOffset Now)
{
    /// <summary>Swap returns past their due date and still out.</summary>
    public IReadOnlyList<OverdueReturnRow> OverdueCases { get; init; } = [];

    /// <summary>Count sessions not yet closed.</summary>
    public IReadOnlyList<CountSession> OpenCounts { get; init; } = [];

    /// <summary>False until the follow-up lines (overdue cases, open counts) have been read.</summary>
    public bool FollowUpsLoaded { get; init; } = true;
}
