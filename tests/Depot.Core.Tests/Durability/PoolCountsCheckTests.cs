using Depot.Core.Dashboard;
using Depot.Core.Integrity;
using Depot.Core.Storage;

namespace Depot.Core.Tests.Durability;

/// <summary>
/// The depot check recounts the units and compares the counts kept for pool levels: a clean depot
/// has no difference, and every tampered line is reported with what it says and what is there.
/// </summary>
public sealed class PoolCountsCheckTests
{
    [Fact]
    public void A_generated_depot_has_pool_counts_equal_to_a_recount()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();

        Assert.Empty(new IntegrityCheck(context).PoolCounts());
    }

    [Fact]
    public void Every_tampered_pool_count_line_is_reported()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();
        context.Connection.Execute("DROP TRIGGER pool_counts_unit_changed;");
        var (owner, model, state, repairCase, stored) = FirstLine(context);
        context.Connection.Command(
            "UPDATE pool_counts SET units = units + 3 WHERE owner_id = $o AND model_id = $m AND state = $s AND repair_case = $r")
            .With("$o", owner).With("$m", model).With("$s", state).With("$r", repairCase).ExecuteNonQuery();
        // A unit moved without its count: its old line is one too high, its new line one too low (missing).
        context.Connection.Command("UPDATE units SET state = 'Quarantine' WHERE id = (SELECT min(id) FROM units WHERE state = 'Scrapped' AND owner_id IS NOT NULL AND model_id IS NOT NULL)").ExecuteNonQuery();

        var problems = new IntegrityCheck(context).PoolCounts();

        var ownerCode = (string)context.Connection.Command("SELECT code FROM owners WHERE id = $o").With("$o", owner).Scalar()!;
        var tampered = Assert.Single(problems, p => p.Stored == stored + 3);
        Assert.Equal(ownerCode, tampered.Owner);
        Assert.Equal(state, tampered.State);
        Assert.Equal(stored, tampered.Counted);
        Assert.Contains(problems, p => p.State == "Scrapped" && p.Stored == p.Counted + 1);
        Assert.Contains(problems, p => p.State == "Quarantine" && p.Counted == p.Stored + 1);
        Assert.Equal(3, problems.Count);
        Assert.Contains($"the pool counts say {stored + 3}, a recount of the units gives {stored}", tampered.ToString());
    }

    [Fact]
    public void Counts_by_state_from_the_kept_counts_equal_a_count_of_the_units()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();
        // A unit with no owner or model is outside the pool counts and still counted.
        context.Connection.Command("UPDATE units SET owner_id = NULL, model_id = NULL WHERE id = (SELECT min(id) FROM units WHERE state = 'Available')").ExecuteNonQuery();

        var counted = new Dictionary<string, int>();
        using (var command = context.Connection.Command("SELECT state, count(*) FROM units GROUP BY state"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counted[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var shown = new DepotDashboard(context).CountsByState().ToDictionary(c => c.State.ToString(), c => c.Count);
        Assert.Equal(counted.OrderBy(kv => kv.Key), shown.OrderBy(kv => kv.Key));
    }

    private static (long Owner, long Model, string State, long RepairCase, long Units) FirstLine(DepotContext context)
    {
        using var command = context.Connection.Command("SELECT owner_id, model_id, state, repair_case, units FROM pool_counts WHERE units > 0 AND state = 'Available' ORDER BY units DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
