using Depot.Core;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot check</c> over the whole depot (every unit's state against the fold of its events)
/// against a bare LiteDB read of every unit and every event.
/// </summary>
public sealed class CheckBench : IBenchmark
{
    public string Name => "check";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var store = (LiteDbStore)depot.Store;
        var problems = 0;
        var (measured, baseline) = Timing.Paired(0, 1,
            _ => problems = new IntegrityCheck(depot).Run().Count,
            _ =>
            {
                _ = store.Database.GetCollection<UnitRow>("units").FindAll().Count();
                _ = store.Database.GetCollection<EventRow>("events").FindAll().Count();
            });
        yield return new BenchResult("depot check, whole depot (IntegrityCheck.Run)", measured, "bare LiteDB read of every unit and event", baseline,
            "clean", problems == 0, problems == 0 ? null : $"{problems} units do not match their events");
    }
}
