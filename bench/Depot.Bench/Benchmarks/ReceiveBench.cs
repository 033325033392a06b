using Depot.Core;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using Depot.Storage.LiteDb;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// A scan at the dock: <see cref="UnitService.Receive"/> (find the unit, check the lifecycle and
/// the version, write state and event and counters, commit durably) against the least LiteDB can
/// do for the same change on the same file: a transaction with one update and one insert, then
/// the log flushed to the disk (and checkpointed when long, as LiteDB's own auto-checkpoint would).
/// The bare side writes the same shapes without breaking the depot: it moves its units to another
/// bin (an indexed field, like the state) and writes its events to a copy of the events table.
/// </summary>
public sealed class ReceiveBench : IBenchmark
{
    public string Name => "receive";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        // A bench is open all day: what a scan costs once the code is compiled for speed is the figure.
        // The runtime compiles a method quickly first and again, optimised, after some 30 calls.
        const int warmup = 200;
        var count = setup.Iterations;
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var store = (LiteDbStore)depot.Store;
        var candidates = depot.Read(s => s.Table<UnitRow>().Range(UnitRow.ByState, "WithUser|", "WithUser|~", limit: 2 * (warmup + count)))
            .Select(u => (u.Id, u.Identifier))
            .ToList();
        if (candidates.Count < 2 * (warmup + count))
        {
            yield return BenchResult.Pending("receive", "p99 <= 2x bare", $"not enough units with users left in {setup.DatabasePath}; generate a fresh database");
            yield break;
        }

        // Alternate picks so both sides take units from the same stretch of the index.
        var scans = candidates.Where((_, i) => i % 2 == 0).ToList();
        var plain = candidates.Where((_, i) => i % 2 == 1).ToList();
        var units = new UnitService(depot);
        var benchEvents = store.Database.GetCollection<EventRow>("bench_events");
        benchEvents.EnsureIndex("bench_events_unit", "[$.UnitId, $._id]");
        benchEvents.EnsureIndex("bench_events_at", "[$.AtKey, $._id]");
        var (measured, baseline) = Timing.Paired(warmup, count,
            i => units.Receive(scans[i].Identifier),
            i =>
            {
                var database = store.Database;
                database.BeginTrans();
                var rows = database.GetCollection<UnitRow>("units");
                var unit = rows.FindById(plain[i].Id);
                unit.Bin = "BENCH" + i;
                unit.Version++;
                rows.Update(unit);
                database.GetCollection<EventRow>("bench_events").Insert(new EventRow
                {
                    UnitId = unit.Id, At = DateTimeOffset.UtcNow, Operator = "bench", Trigger = "Receive", FromState = "WithUser", ToState = "Received",
                });
                database.Commit();
                store.MakeDurable();
                store.CheckpointIfLong();
            });

        var met = measured.P99 <= 2 * baseline.P99;
        yield return new BenchResult("receive (UnitService.Receive, durable commit)", measured,
            "bare LiteDB update + insert + flush to disk", baseline, "p99 <= 2x bare", met);
    }
}
