using Depot.Core.Calendar;
using Depot.Core.Generation;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Time;

namespace Depot.Core.Tests.Reports;

/// <summary>
/// The quality report reads one owner's cases and folds its units' events once for all months;
/// on generated depots its numbers must equal the straightforward computation: every owner's
/// cases read and filtered afterwards, and each month end's Available units counted one by one.
/// </summary>
public sealed class QualityReportAgreementTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(17)]
    public void One_owner_over_its_months_equals_the_straightforward_computation(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("depot-quality-").FullName;
        try
        {
            var options = new VolumeOptions { Units = 1500, Seed = seed, Owners = 4, Models = 8 };
            var clock = new ManualClock(options.Until, TimeZoneInfo.Utc);
            using var context = DepotContext.Open(Path.Combine(folder, "depot.db"), "test", clock);
            new VolumeGenerator(context, options).Run();
            var report = new QualityReport(context);
            var everyOwner = report.Rows();
            var owners = new Catalog(context).ListOwners();
            var checkedMonths = 0;
            foreach (var owner in owners)
            {
                var rows = report.Rows(owner.Code);
                Assert.Equal(everyOwner.Where(r => r.Owner == owner.Code), rows);
                foreach (var row in rows)
                {
                    Assert.Equal(AvailableAtEndOf(context, owner.Id, row.Month), row.PoolAvailableEnd);
                    checkedMonths++;
                }

                var single = Assert.Single(report.Rows(owner.Code, rows[^2].Month));
                Assert.Equal(rows[^2], single);
            }

            Assert.True(checkedMonths >= 4 * 12, $"only {checkedMonths} owner months were compared");
            Assert.Contains(everyOwner, r => r.PoolAvailableEnd > 0 && r.CasesOpened > 0 && r.SwapsShipped > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The owner's units whose latest event before the month's end left them Available, probed unit by unit.
    private static int AvailableAtEndOf(DepotContext context, long ownerId, string month)
    {
        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        var start = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = start.AddMonths(1);
        var local = end.ToDateTime(TimeOnly.MinValue);
        var at = end > today ? context.Now : new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
        return Convert.ToInt32(context.Connection.Command(
            """
            SELECT count(*) FROM units u
            WHERE u.owner_id = $owner
              AND (SELECT e.to_state FROM events e WHERE e.unit_id = u.id AND e.at < $at ORDER BY e.id DESC LIMIT 1) = 'Available'
            """).With("$owner", ownerId).With("$at", at.ToStored()).Scalar());
    }
}
