using System.Globalization;
using Depot.Core;
using Depot.Core.Generation;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Time;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The quality report for one owner (<c>depot report quality --owner OWN001</c>: every month of
/// the owner's history up to the generated depot's last day, two years on the volume generator's
/// calendar), read from the figures kept per owner and month, against a bare read of the same
/// owner's counters.
/// </summary>
public sealed class QualityReportBench : IBenchmark
{
    private const string Owner = "OWN001";

    public string Name => "quality";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var clock = new ManualClock(new VolumeOptions().Until, TimeZoneInfo.Utc);
        using var depot = DepotContext.Open(setup.DatabasePath, "bench", clock);
        var owner = new Catalog(depot).RequireOwner(Owner);
        var months = 0;
        var (measured, bare) = Timing.Paired(1, 5,
            _ => months = new QualityReport(depot).Rows(Owner).Count,
            _ => _ = depot.Read(s => s.Counters(ReportCounts.QualityPrefixOf(owner.Id)).Count));
        yield return new BenchResult($"quality report, one owner ({Owner}), every month (QualityReport.Rows)", measured,
            "bare read of the owner's kept figures", bare, "< 1 s", measured.P99 < 1000,
            string.Create(CultureInfo.InvariantCulture, $"{months} months"));
    }
}
