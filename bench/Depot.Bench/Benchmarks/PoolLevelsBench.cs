using Depot.Core;
using Depot.Core.Pool;
using Depot.Core.Storage;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Pool levels for every owner (<see cref="PoolLevels.ForAllOwners"/>, read from the counts the
/// database keeps) against two baselines: a bare count of the same units by owner, model and
/// state, and the unit-by-unit query pool levels used before the counts existed.
/// </summary>
public sealed class PoolLevelsBench : IBenchmark
{
    private static readonly string InRepair = string.Join(", ", PoolLevels.InRepairStates.Select(s => $"'{s}'"));

    private static readonly string UnitByUnit =
        $"""
        SELECT o.code, m.sku, sum(u.state = 'Available'), sum(u.state = 'Reserved'),
               sum(u.state IN ({InRepair}) AND o.policy = 'pool'
                   AND coalesce((SELECT c.kind FROM case_units cu JOIN cases c ON c.id = cu.case_id
                                 WHERE cu.unit_id = u.id ORDER BY c.id DESC LIMIT 1), 'swap') <> 'repair')
        FROM units u JOIN owners o ON o.id = u.owner_id JOIN models m ON m.id = u.model_id
        WHERE u.state IN ('Available', 'Reserved', {InRepair})
        GROUP BY o.code, m.sku ORDER BY o.code, m.sku
        """;

    private static readonly string BareCount =
        $"""
        SELECT owner_id, model_id, state, count(*) FROM units
        WHERE state IN ('Available', 'Reserved', {InRepair})
        GROUP BY owner_id, model_id, state
        """;

    public string Name => "pool";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var pool = new PoolLevels(depot);
        var (measured, bare) = Timing.Paired(3, 10, _ => _ = pool.ForAllOwners().Count, _ => Drain(depot, BareCount));
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "bare count of units by owner, model, state", bare, "p99 < 50 ms", measured.P99 < 50);
        var before = Timing.Measure(0, 3, _ => Drain(depot, UnitByUnit));
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "the unit-by-unit query used before pool_counts", before, "p99 < 50 ms", measured.P99 < 50);
    }

    private static void Drain(DepotContext depot, string sql)
    {
        using var command = depot.Connection.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }
}
