using System.Globalization;
using Depot.Core;
using Depot.Core.Generation;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;
using Depot.Core.Time;
using Depot.Storage.LiteDb;
using LiteDB;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The quality report for one owner (<c>depot report quality --owner OWN001</c>: every month of
/// the owner's history) against a bare LiteDB read of what it would take without kept figures:
/// the owner's cases by index and the events of their units.
/// </summary>
public sealed class QualityReportBench : IBenchmark
{
    private const string Owner = "OWN001";

    public string Name => "quality";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var clock = new ManualClock(new VolumeOptions().Until, TimeZoneInfo.Utc);
        using var depot = DepotContext.Open(setup.DatabasePath, "bench", clock);
        var store = (LiteDbStore)depot.Store;
        var ownerId = depot.Read(s => s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, Owner)!.Id);
        var months = 0;
        var (measured, bare) = Timing.Paired(0, 3,
            _ => months = new QualityReport(depot).Rows(Owner).Count,
            _ =>
            {
                var database = store.Database;
                var cases = database.GetCollection<CaseRow>("cases").Find(BsonExpression.Create("[$.OwnerId, $._id] BETWEEN @0 AND @1",
                    new BsonArray { ownerId, BsonValue.MinValue }, new BsonArray { ownerId, BsonValue.MaxValue })).ToList();
                var links = database.GetCollection<CaseUnitRow>("case_units");
                var events = database.GetCollection<EventRow>("events");
                var byMonth = new Dictionary<string, int>();
                foreach (var c in cases)
                {
                    foreach (var link in links.Find(BsonExpression.Create("[$.CaseId, $._id] BETWEEN @0 AND @1",
                        new BsonArray { c.Id, BsonValue.MinValue }, new BsonArray { c.Id, BsonValue.MaxValue })))
                    {
                        foreach (var e in events.Find(BsonExpression.Create("[$.UnitId, $._id] BETWEEN @0 AND @1",
                            new BsonArray { link.UnitId, BsonValue.MinValue }, new BsonArray { link.UnitId, BsonValue.MaxValue })))
                        {
                            var key = e.AtKey[..7] + e.Trigger;
                            byMonth[key] = byMonth.GetValueOrDefault(key) + 1;
                        }
                    }
                }
            });
        yield return new BenchResult($"quality report, one owner ({Owner}), every month (QualityReport.Rows)", measured,
            "bare LiteDB read of the owner's cases and their units' events", bare, "< 1 s", measured.P99 < 1000,
            string.Create(CultureInfo.InvariantCulture, $"{months} months"));
    }
}
