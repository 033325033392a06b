using System.Globalization;
using Depot.Core;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot check</c> over the whole depot (every unit's state against the fold of its events, the
/// kept unit counts and report figures against a recount) against a bare read of every unit and event.
/// </summary>
public sealed class CheckBench : IBenchmark
{
    public string Name => "check";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        IntegrityReport? report = null;
        var (measured, baseline) = Timing.Paired(0, 1,
            _ => report = new IntegrityCheck(depot).Full(),
            _ => depot.Read(s => s.Table<UnitRow>().All().Count() + s.Table<EventRow>().All().Count()));
        var clean = report?.Clean == true;
        yield return new BenchResult("depot check, whole depot (IntegrityCheck.Full)", measured, "bare read of every unit and event", baseline,
            "clean", clean, clean ? string.Create(CultureInfo.InvariantCulture, $"{report!.Units} units, {report.Events} events")
                : $"{report?.Problems.Count} units, {report?.PoolCounts.Count} unit counts, {report?.ReportCounts.Count} report figures do not match");
    }
}
