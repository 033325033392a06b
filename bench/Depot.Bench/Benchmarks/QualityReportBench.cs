using System.Globalization;
using Depot.Core;
using Depot.Core.Cases;
using Depot.Core.Generation;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Time;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The quality report for one owner (<c>depot report quality --owner OWN001</c>: every month of
/// the owner's history up to the generated depot's last day, two years on the volume generator's
/// calendar) against a bare SQL aggregate of the same owner's case events by month.
/// </summary>
public sealed class QualityReportBench : IBenchmark
{
    private const string Owner = "OWN001";

    private const string BareAggregate =
        """
        SELECT substr(e.at, 1, 7), e.trigger, count(*)
        FROM cases c JOIN owners o ON o.id = c.owner_id JOIN case_units cu ON cu.case_id = c.id
             JOIN events e ON e.unit_id = cu.unit_id AND e.at >= c.opened_at AND (c.closed_at IS NULL OR e.at <= c.closed_at)
        WHERE o.code = $owner AND e.trigger IN ('Ship', 'Receive', 'Inspect', 'PassQc')
        GROUP BY 1, 2
        """;

    public string Name => "quality";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var clock = new ManualClock(new VolumeOptions().Until, TimeZoneInfo.Utc);
        using var depot = DepotContext.Open(setup.DatabasePath, "bench", clock);
        var months = 0;
        var (measured, bare) = Timing.Paired(0, 1,
            _ => months = new QualityReport(depot).Rows(Owner).Count,
            _ =>
            {
                using var command = depot.Connection.Command(BareAggregate).With("$owner", Owner);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                }
            });
        yield return new BenchResult($"quality report, one owner ({Owner}), every month (QualityReport.Rows)", measured,
            "bare SQL aggregate of the owner's case events by month", bare, "< 1 s", measured.P99 < 1000,
            string.Create(CultureInfo.InvariantCulture, $"{months} months"));
    }
}
