using Depot.Core;
using Depot.Core.Integrity;
using Depot.Core.Storage;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot check</c> over the whole database (every unit's state against the fold of its events)
/// against a bare scan of the same join.
/// </summary>
public sealed class CheckBench : IBenchmark
{
    public string Name => "check";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var problems = 0;
        var (measured, baseline) = Timing.Paired(0, 1,
            _ => problems = new IntegrityCheck(depot).Run().Count,
            _ =>
            {
                using var command = depot.Connection.Command(
                    "SELECT u.id, u.state, e.trigger, e.from_state, e.to_state FROM units u LEFT JOIN events e ON e.unit_id = u.id ORDER BY u.id, e.id");
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                }
            });
        yield return new BenchResult("depot check, whole database (IntegrityCheck)", measured, "bare scan of units joined to events", baseline,
            "clean", problems == 0, problems == 0 ? null : $"{problems} units do not match their events");
    }
}
