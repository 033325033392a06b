using Depot.Core;
using Depot.Core.Pool;
using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Pool levels for every owner (<see cref="PoolLevels.ForAllOwners"/>, read from the unit counts
/// the depot keeps in the same unit of work as every change) against a bare LiteDB scan that
/// counts the units by owner, model and state, which is what it would cost without the counts.
/// </summary>
public sealed class PoolLevelsBench : IBenchmark
{
    public string Name => "pool";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var store = (LiteDbStore)depot.Store;
        var pool = new PoolLevels(depot);
        var measured = Timing.Measure(3, 10, _ => _ = pool.ForAllOwners().Count);
        var bare = Timing.Measure(0, 3, _ => _ = store.Database.GetCollection<UnitRow>("units").FindAll()
            .GroupBy(u => (u.OwnerId, u.ModelId, u.State)).Count());
        yield return new BenchResult("pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "bare LiteDB scan counting units by owner, model, state", bare, "p99 < 50 ms", measured.P99 < 50);
    }
}
