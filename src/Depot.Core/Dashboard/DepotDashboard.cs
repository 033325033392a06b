using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Dashboard;

/// <summary>
/// The live numbers the bench looks at: units per state, who waits longest, today's receipts, the
/// repair board. Counts come from the kept counters (<see cref="UnitCounts"/>) and lists from index
/// ranges, so none of them reads the whole depot.
/// </summary>
public sealed class DepotDashboard(DepotContext context)
{
    /// <summary>The stages a unit waits in on its way through the depot, in the order it passes them.</summary>
    public static readonly IReadOnlyList<UnitState> Stages =
    [
        UnitState.Announced, UnitState.Quarantine, UnitState.Received, UnitState.AwaitingApproval,
        UnitState.AwaitingRepair, UnitState.AtPartner, UnitState.QualityCheck, UnitState.Reserved, UnitState.Returning,
    ];

    /// <summary>The states the repair board shows.</summary>
    public static readonly IReadOnlyList<UnitState> RepairStates =
        [UnitState.AwaitingApproval, UnitState.AwaitingRepair, UnitState.AtPartner, UnitState.QualityCheck];

    /// <summary>Units per state, in lifecycle order; states with no unit are left out.</summary>
    public IReadOnlyList<StateCount> CountsByState() =>
        context.Read(UnitCounts.ByState)
            .Select(c => (State: Enum.Parse<UnitState>(c.Key), Units: c.Value))
            .Where(s => s.Units > 0)
            .OrderBy(s => s.State)
            .Select(s => new StateCount(s.State, (int)s.Units))
            .ToArray();

    /// <summary>For each stage that holds a unit, the unit that has waited in it longest.</summary>
    public IReadOnlyList<Unit> LongestWaiting() => context.Read(session =>
    {
        var catalog = new CatalogLookup(session);
        return Stages.SelectMany(s => BoardUnits.Waiting(session, catalog, s, 1)).ToArray();
    });

    /// <summary>The receipts of the depot's local day <paramref name="day"/>, latest first.</summary>
    public IReadOnlyList<Receipt> ReceiptsOn(DateOnly day) => LatestReceiptsOn(day, int.MaxValue).Latest;

    /// <summary>
    /// How many units were received on the depot's local day <paramref name="day"/>, and the latest
    /// <paramref name="limit"/> of them: only those are looked up (a busy day has thousands).
    /// </summary>
    public DayReceipts LatestReceiptsOn(DateOnly day, int limit)
    {
        var calendar = DepotCalendar.For(context);
        var start = calendar.StartOf(day);
        var end = calendar.StartOf(day.AddDays(1));
        return context.Read(session =>
        {
            var units = session.Table<UnitRow>();
            var cases = session.Table<CaseRow>();
            var tickets = new Dictionary<long, string?>();
            string? Ticket(long? caseId) => caseId is not { } id ? null
                : tickets.TryGetValue(id, out var known) ? known
                : tickets[id] = cases.Get(id)?.Ticket;

            var received = session.Table<EventRow>()
                .Range(EventRow.ByAt, StoreKeys.Instant(start), StoreKeys.Instant(end.AddMilliseconds(-1)), descending: true)
                .Where(e => e.Trigger == nameof(Trigger.Receive) && e.At >= start && e.At < end)
                .OrderByDescending(e => e.Id)
                .ToList();
            var latest = received.Take(limit)
                .Select(e => new Receipt(
                    e.Id, e.UnitId, units.Get(e.UnitId)?.Identifier ?? "", e.At, e.Operator, Enum.Parse<UnitState>(e.ToState), Ticket(e.CaseId)))
                .ToArray();
            return new DayReceipts(received.Count, latest);
        });
    }

    /// <summary>Today's receipts, the depot's today.</summary>
    public IReadOnlyList<Receipt> ReceiptsToday() => ReceiptsOn(Today);

    /// <summary>How many units were received today, and the latest <paramref name="limit"/> of them.</summary>
    public DayReceipts LatestReceiptsToday(int limit) => LatestReceiptsOn(Today, limit);

    /// <summary>The depot's local date now.</summary>
    public DateOnly Today => DepotCalendar.For(context).LocalDate(context.Now);

    /// <summary>Units awaiting approval, awaiting repair, at a partner or in quality check, longest waiting first.</summary>
    public IReadOnlyList<RepairBoardLine> RepairBoard(int limit = 500) => context.Read(session =>
    {
        // Each state's units in waiting order, merged: only the rows the board shows are read.
        var units = session.Table<UnitRow>();
        var page = Math.Clamp(limit, 16, 4096);
        var streams = RepairStates.Select(state =>
            RangeScan.Rows(units, UnitRow.ByState, $"{state}|", $"{state}|9999", r => r.StateKey, page));
        var catalog = new CatalogLookup(session);
        var orders = session.Table<RepairOrderRow>();
        return RangeScan.Merge(streams, r => r.StateSince)
            .Take(limit)
            .Select(row => new RepairBoardLine(UnitRows.ToUnit(row, catalog), orders.Find(RepairOrderRow.ByUnit, row.Id).MaxBy(o => o.Id)?.Partner))
            .ToArray();
    });
}
