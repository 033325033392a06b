namespace Depot.Bench.Benchmarks;

/// <summary>
/// SLOT (quality report, issue 5): the quality report for one owner over a year on the 1M
/// database, against a bare SQL aggregate over the same events. Target: under 1 s. To fill:
/// <c>Timing.Paired(1, 10, _ => report for "OWN001" over the year to VolumeOptions.Until, _ => bare aggregate)</c>.
/// </summary>
public sealed class QualityReportBench : IBenchmark
{
    public string Name => "quality";

    public IEnumerable<BenchResult> Run(BenchSetup setup) =>
        [BenchResult.Pending("quality report, one owner, one year", "< 1 s", "slot: added with the quality report")];
}
