using Depot.Core.Lifecycle;
using Depot.Core.Storage;

namespace Depot.Core.Integrity;

/// <summary>One unit whose stored state is not what its events say.</summary>
public sealed record IntegrityProblem(long UnitId, string Identifier, string Problem);

/// <summary>
/// Proves that every unit's stored state equals the fold of its events: each event starts where the
/// previous one ended, each step replays through the lifecycle table (Stateless), and the last one ends in the
/// stored state.
/// </summary>
public sealed class IntegrityCheck(DepotContext context)
{
    /// <summary>Checks every unit; returns the problems found (empty when the database is consistent).</summary>
    public IReadOnlyList<IntegrityProblem> Run(int maxProblems = 1000)
    {
        var problems = new List<IntegrityProblem>();
        using var command = context.Connection.Command(
            """
            SELECT u.id, u.identifier, u.state, e.trigger, e.from_state, e.to_state, e.id
            FROM units u LEFT JOIN events e ON e.unit_id = u.id
            ORDER BY u.id, e.id
            """, context.CurrentTransaction);
        using var reader = command.ExecuteReader();

        long currentUnit = -1;
        string identifier = "", stored = "";
        var folded = UnitState.None;
        string? problem = null;

        void Finish()
        {
            if (currentUnit < 0)
            {
                return;
            }

            problem ??= folded.ToString() != stored
                ? $"stored state is {stored}, but its events end in {(folded == UnitState.None ? "no state (no events)" : folded.ToString())}"
                : null;
            if (problem is not null && problems.Count < maxProblems)
            {
                problems.Add(new IntegrityProblem(currentUnit, identifier, problem));
            }
        }

        while (reader.Read())
        {
            var unitId = reader.GetInt64(0);
            if (unitId != currentUnit)
            {
                Finish();
                currentUnit = unitId;
                identifier = reader.GetString(1);
                stored = reader.GetString(2);
                folded = UnitState.None;
                problem = null;
            }

            if (reader.IsDBNull(6) || problem is not null)
            {
                continue;
            }

            var trigger = Enum.Parse<Trigger>(reader.GetString(3));
            var from = reader.IsDBNull(4) ? UnitState.None : Enum.Parse<UnitState>(reader.GetString(4));
            var to = Enum.Parse<UnitState>(reader.GetString(5));
            if (from != folded)
            {
                problem = $"event {reader.GetInt64(6)} ({trigger}) starts from {from}, but the unit was {folded}";
            }
            else if (!UnitLifecycle.Permits(from, trigger, to))
            {
                problem = $"event {reader.GetInt64(6)} goes {from} -{trigger}-> {to}, which the lifecycle does not permit";
            }
            else
            {
                folded = to;
            }
        }

        Finish();
        return problems;
    }

    /// <summary>
    /// Recounts the units per owner, model, state and repair case and compares the counts the
    /// database keeps for pool levels (<c>pool_counts</c>); returns every line that differs.
    /// </summary>
    public IReadOnlyList<PoolCountProblem> PoolCounts()
    {
        using var command = context.Connection.Command(
            """
            WITH counted AS (
                SELECT owner_id, model_id, state, repair_case, count(*) AS units FROM units
                WHERE owner_id IS NOT NULL AND model_id IS NOT NULL
                GROUP BY owner_id, model_id, state, repair_case),
            differences AS (
                SELECT c.owner_id, c.model_id, c.state, c.repair_case, coalesce(p.units, 0) AS stored, c.units AS counted
                FROM counted c LEFT JOIN pool_counts p
                     ON p.owner_id = c.owner_id AND p.model_id = c.model_id AND p.state = c.state AND p.repair_case = c.repair_case
                WHERE coalesce(p.units, 0) <> c.units
                UNION ALL
                SELECT p.owner_id, p.model_id, p.state, p.repair_case, p.units, 0
                FROM pool_counts p
                WHERE p.units <> 0 AND NOT EXISTS (
                    SELECT 1 FROM counted c
                    WHERE c.owner_id = p.owner_id AND c.model_id = p.model_id AND c.state = p.state AND c.repair_case = p.repair_case))
            SELECT coalesce(o.code, '#' || d.owner_id), coalesce(m.sku, '#' || d.model_id), d.state, d.repair_case, d.stored, d.counted
            FROM differences d LEFT JOIN owners o ON o.id = d.owner_id LEFT JOIN models m ON m.id = d.model_id
            ORDER BY 1, 2, 3, 4
            """, context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var problems = new List<PoolCountProblem>();
        while (reader.Read())
        {
            problems.Add(new PoolCountProblem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0,
                reader.GetInt64(4), reader.GetInt64(5)));
        }

        return problems;
    }
}
