using Microsoft.Data.Sqlite;
using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core.Cases;

// Reading cases with their units, dates, charges and status; closing the finished ones.
public sealed partial class CaseService
{
    /// <summary>The overview of one case, or a refusal when the ticket is unknown.</summary>
    public CaseOverview Overview(string ticket)
    {
        return Overview(Require(ticket), DepotCalendar.For(context));
    }

    /// <summary>
    /// Cases a stock controller must act on first: overdue (latest first), then open (soonest due
    /// first, then newest), then closed (newest first). Optionally of one owner and in one status.
    /// Only the first <paramref name="limit"/> are read in full, so a depot with hundreds of
    /// thousands of cases lists as fast as a small one.
    /// </summary>
    public IReadOnlyList<CaseOverview> List(string? ownerCode = null, CaseStatus? status = null, int limit = 500)
    {
        var owner = ownerCode is null ? null : new Catalog(context).RequireOwner(ownerCode);
        var open = status switch
        {
            CaseStatus.Closed => " AND c.closed_at IS NOT NULL",
            CaseStatus.Open or CaseStatus.Overdue => " AND c.closed_at IS NULL",
            _ => "",
        };

        // Open cases with the earliest due dates come first: every overdue case is among them.
        // Twice the limit leaves room for open cases past due whose unit is already back.
        using var command = context.Connection.Command(
            Select + $"""
             WHERE ($owner IS NULL OR o.code = $owner){open}
             ORDER BY c.closed_at IS NOT NULL, c.due_date IS NULL, c.due_date, c.opened_at DESC, c.id DESC
             LIMIT $take
            """, context.CurrentTransaction)
            .With("$owner", owner?.Code).With("$take", Math.Max(limit, 1) * 2L);
        var cases = new List<ServiceCase>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                cases.Add(Read(reader));
            }
        }

        var calendar = DepotCalendar.For(context);
        return cases.Select(c => Overview(c, calendar))
            .Where(o => status is null || o.Status == status)
            .OrderBy(o => o.Status switch { CaseStatus.Overdue => 0, CaseStatus.Open => 1, _ => 2 })
            .ThenByDescending(o => o.Status == CaseStatus.Overdue ? o.WorkingDaysLate : 0)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// Closes every open case whose units have all reached their end since it opened (swap unit
    /// shipped to the user, defective unit back in the pool, shipped back, scrapped or lost), at
    /// the time the last of them got there. A unit that later serves another case does not reopen it.
    /// Every lifecycle step closes its own unit's cases as it is written; this sweep is for data
    /// written in bulk (the demo loader, the volume generator). Returns how many cases it closed.
    /// </summary>
    public int CloseFinished() => context.Write(t => Close(t, FinishedCases(t, "c.closed_at IS NULL", null)));

    /// <summary>Closes the open cases of <paramref name="unitId"/> that its latest step finished, inside the caller's transaction.</summary>
    internal void CloseFinishedOf(SqliteTransaction transaction, long unitId) =>
        Close(transaction, FinishedCases(transaction, "c.closed_at IS NULL AND c.id IN (SELECT case_id FROM case_units WHERE unit_id = $unit)", unitId));

    private List<(long Id, string At)> FinishedCases(SqliteTransaction transaction, string scope, long? unitId)
    {
        var finished = new List<(long Id, string At)>();
        using var command = context.Connection.Command(
            $"""
            SELECT id, max(first_end)
            FROM (SELECT c.id, c.kind, cu.role,
                         (SELECT min(e.at) FROM events e
                          WHERE e.unit_id = cu.unit_id AND e.at >= c.opened_at
                            AND CASE WHEN cu.role = 'swap' THEN e.to_state IN ('WithUser', 'Lost', 'Scrapped')
                                     ELSE e.to_state IN ('Available', 'Lost', 'Scrapped') OR e.trigger = 'Ship' END) AS first_end
                  FROM cases c JOIN case_units cu ON cu.case_id = c.id
                  WHERE {scope})
            GROUP BY id
            HAVING count(first_end) = count(*) AND (kind <> 'swap' OR (sum(role = 'swap') > 0 AND sum(role = 'defective') > 0))
            """, transaction);
        if (unitId is not null)
        {
            command.With("$unit", unitId);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            finished.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return finished;
    }

    private int Close(SqliteTransaction transaction, List<(long Id, string At)> finished)
    {
        foreach (var (id, at) in finished)
        {
            context.Connection.Command("UPDATE cases SET closed_at = $at WHERE id = $id AND closed_at IS NULL", transaction)
                .With("$at", at).With("$id", id).ExecuteNonQuery();
        }

        return finished.Count;
    }

    /// <summary>The units a case moves, with identifier, role, model and state.</summary>
    public IReadOnlyList<CaseUnit> CaseUnits(long caseId)
    {
        using var command = context.Connection.Command(
            """
            SELECT u.id, u.identifier, cu.role, m.sku, u.state
            FROM case_units cu JOIN units u ON u.id = cu.unit_id LEFT JOIN models m ON m.id = u.model_id
            WHERE cu.case_id = $case ORDER BY cu.role, u.id
            """, context.CurrentTransaction).With("$case", caseId);
        using var reader = command.ExecuteReader();
        var units = new List<CaseUnit>();
        while (reader.Read())
        {
            units.Add(new CaseUnit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetStringOrNull(3), Enum.Parse<UnitState>(reader.GetString(4))));
        }

        return units;
    }

    private CaseOverview Overview(ServiceCase serviceCase, DepotCalendar calendar)
    {
        var units = CaseUnits(serviceCase.Id);
        var charges = new ChargeLedger(context).ForCase(serviceCase.Id);
        var today = calendar.LocalDate(context.Now);
        var defective = units.FirstOrDefault(u => u.Role == "defective");
        var swap = units.LastOrDefault(u => u.Role == "swap");
        var stillOut = defective is { State: UnitState.Announced };
        var late = serviceCase.ClosedAt is null && stillOut && serviceCase.DueDate is { } due && today > due
            ? calendar.WorkingDaysAfter(due, today)
            : 0;
        var status = serviceCase.ClosedAt is not null ? CaseStatus.Closed : late > 0 ? CaseStatus.Overdue : CaseStatus.Open;
        Money? pending = null;
        if (late > 0 && swap?.ModelSku is { } sku && !charges.Any(c => c.Kind == ChargeKind.RetailPrice))
        {
            pending = new Catalog(context).FindModel(sku)?.RetailPrice;
        }

        CoverageOnDate? coverage = null;
        if (defective is not null && new UnitService(context).FindById(defective.UnitId) is { } unit)
        {
            coverage = new CoverageService(context).On(unit, today);
        }

        return new CaseOverview(serviceCase, status, units, charges, late, pending, coverage);
    }
}
