using Depot.Core;
using Depot.Core.Pool;
using Depot.Core.Storage;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Pool levels for every owner (<see cref="PoolLevels.ForAllOwners"/>: per owner and model,
/// Available, Reserved and in repair for the pool) against a bare count of the same units by
/// owner, model and state.
/// </summary>
public sealed class PoolLevelsBench : IBenchmark
{
    public string Name => "pool";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var pool = new PoolLevels(depot);
        using var bare = depot.Connection.Command(
            $"""
            SELECT owner_id, model_id, state, count(*) FROM units
            WHERE state IN ('Available', 'Reserved', {PoolLevels.InRepairStates})
            GROUP BY owner_id, model_id, state
            """);
        var (measured, baseline) = Timing.Paired(3, 30,
            _ => _ = pool.ForAllOwners().Count,
            _ =>
            {
                using var reader = bare.ExecuteReader();
                while (reader.Read())
                {
                }
            });
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "bare count by owner, model, state", baseline, "p99 < 50 ms", measured.P99 < 50);
    }
}
