using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core.Dashboard;

/// <summary>The live numbers the bench looks at: units per state, who waits longest, today's receipts, the repair board.</summary>
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

    private readonly UnitService _units = new(context);

    /// <summary>Units per state, in lifecycle order; states with no unit are left out.</summary>
    public IReadOnlyList<StateCount> CountsByState()
    {
        // The counts kept for pool levels cover every unit with an owner and a model; the partial
        // index units_unpooled finds the rest. Counting the units table itself reads a million rows.
        using var command = context.Connection.Command(
            """
            SELECT state, sum(units) FROM (
                SELECT state, units FROM pool_counts
                UNION ALL
                SELECT state, count(*) FROM units WHERE owner_id IS NULL OR model_id IS NULL GROUP BY state)
            GROUP BY state HAVING sum(units) > 0
            """, context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var counts = new List<StateCount>();
        while (reader.Read())
        {
            counts.Add(new StateCount(Enum.Parse<UnitState>(reader.GetString(0)), reader.GetInt32(1)));
        }

        return counts.OrderBy(c => c.State).ToArray();
    }

    /// <summary>For each stage that holds a unit, the unit that has waited in it longest.</summary>
    public IReadOnlyList<Unit> LongestWaiting() =>
        Stages.SelectMany(s => _units.List(new UnitFilter(s, Limit: 1))).ToArray();

    /// <summary>The receipts of the local day <paramref name="day"/> (the clock's time zone), latest first.</summary>
    public IReadOnlyList<Receipt> ReceiptsOn(DateOnly day)
    {
        var zone = context.Clock.LocalTimeZone;
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        var next = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var end = new DateTimeOffset(next, zone.GetUtcOffset(next));
        using var command = context.Connection.Command(
            """
            SELECT e.id, e.unit_id, u.identifier, e.at, e.operator, e.to_state, c.ticket
            FROM events e JOIN units u ON u.id = e.unit_id LEFT JOIN cases c ON c.id = e.case_id
            WHERE e.at >= $start AND e.at < $end AND e.trigger = 'Receive'
            ORDER BY e.id DESC
            """, context.CurrentTransaction).With("$start", start.ToStored()).With("$end", end.ToStored());
        using var reader = command.ExecuteReader();
        var receipts = new List<Receipt>();
        while (reader.Read())
        {
            receipts.Add(new Receipt(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), SqlExtensions.ReadInstant(reader.GetString(3)),
                reader.GetString(4), Enum.Parse<UnitState>(reader.GetString(5)), reader.GetStringOrNull(6)));
        }

        return receipts;
    }

    /// <summary>Today's receipts in the clock's time zone.</summary>
    public IReadOnlyList<Receipt> ReceiptsToday() => ReceiptsOn(Today);

    /// <summary>The local date of the depot's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.Clock.LocalTimeZone).DateTime);

    /// <summary>Units awaiting approval, awaiting repair, at a partner or in quality check, longest waiting first.</summary>
    public IReadOnlyList<RepairBoardLine> RepairBoard(int limit = 500)
    {
        var partners = LatestPartners();
        return RepairStates
            .SelectMany(state => _units.List(new UnitFilter(state, Limit: limit)))
            .OrderBy(u => u.StateSince).ThenBy(u => u.Id).Take(limit)
            .Select(u => new RepairBoardLine(u, partners.GetValueOrDefault(u.Id)))
            .ToArray();
    }

    /// <summary>The partner of each unit's latest repair order, read once for the whole board.</summary>
    private Dictionary<long, string> LatestPartners()
    {
        using var command = context.Connection.Command(
            "SELECT unit_id, partner FROM repair_orders WHERE id IN (SELECT max(id) FROM repair_orders GROUP BY unit_id)", context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var partners = new Dictionary<long, string>();
        while (reader.Read())
        {
            partners[reader.GetInt64(0)] = reader.GetString(1);
        }

        return partners;
    }
}
