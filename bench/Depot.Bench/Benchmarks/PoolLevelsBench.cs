using Depot.Core;
using Depot.Core.Pool;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Pool levels for every owner (<see cref="PoolLevels.ForAllOwners"/>, read from the unit counts
/// the depot keeps) against two baselines: a bare read of the same counters, and counting the
/// units one by one, which pool levels would cost without the counters.
/// </summary>
public sealed class PoolLevelsBench : IBenchmark
{
    public string Name => "pool";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var pool = new PoolLevels(depot);
        var (measured, bare) = Timing.Paired(3, 10, _ => _ = pool.ForAllOwners().Count, _ => _ = depot.Read(s => s.Counters(UnitCounts.Prefix).Count));
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "bare read of the unit counters", bare, "p99 < 50 ms", measured.P99 < 50);
        var before = Timing.Measure(0, 1, _ => CountUnitByUnit(depot));
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "counting the units one by one", before, "p99 < 50 ms", measured.P99 < 50);
    }

    private static void CountUnitByUnit(DepotContext depot) => depot.Read(s =>
        s.Table<UnitRow>().All().CountBy(u => (u.OwnerId, u.ModelId, u.State, u.RepairCase)).Count());
}
