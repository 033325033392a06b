using Depot.Core.Cases;
using Depot.Core.Generation;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Reports;

/// <summary>
/// The quality report reads the figures kept per owner and month; on generated depots, and after
/// live steps on top of them, its rows must equal the straightforward computation from every case
/// and event (<see cref="StraightQualityReport"/>), and the kept figures must equal a recount.
/// </summary>
public sealed class QualityReportAgreementTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(17)]
    public void Every_owner_over_its_months_equals_the_straightforward_computation(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("depot-quality-").FullName;
        try
        {
            var options = new VolumeOptions { Units = 1500, Seed = seed, Owners = 4, Models = 8 };
            var clock = new ManualClock(options.Until, TimeZoneInfo.Utc);
            using var context = DepotContext.Open(Path.Combine(folder, "depot.db"), "test", clock);
            new VolumeGenerator(context, options).Run();
            // Rows written in bulk are counted in one go afterwards.
            context.Write(w => ReportCounts.Rebuild(context, w));
            Assert.Empty(new IntegrityCheck(context).ReportCounts());

            var report = new QualityReport(context);
            var everyOwner = report.Rows();
            var checkedMonths = 0;
            foreach (var owner in new Catalog(context).ListOwners())
            {
                var rows = report.Rows(owner.Code);
                Assert.Equal(StraightQualityReport.Rows(context, owner.Code), rows);
                Assert.Equal(everyOwner.Where(r => r.Owner == owner.Code), rows);
                checkedMonths += rows.Count;
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

    [Fact]
    public void Live_steps_on_a_generated_depot_keep_the_figures_equal_to_a_recount()
    {
        var folder = Directory.CreateTempSubdirectory("depot-quality-").FullName;
        try
        {
            var options = new VolumeOptions { Units = 1200, Seed = 9, Owners = 3, Models = 6 };
            var clock = new ManualClock(options.Until, TimeZoneInfo.Utc);
            using var context = DepotContext.Open(Path.Combine(folder, "depot.db"), "test", clock);
            new VolumeGenerator(context, options).Run();
            context.Write(w => ReportCounts.Rebuild(context, w));
            var units = new UnitService(context);
            var cases = new CaseService(context);

            // A month of work: announced units come back, are inspected and pass; new swap cases ship.
            var announced = context.Read(s =>
                s.Table<UnitRow>().Range(UnitRow.ByState, "Announced|", "Announced|9999", limit: 30).Select(u => u.Identifier).ToList());
            foreach (var identifier in announced)
            {
                clock.Advance(TimeSpan.FromHours(7));
                units.Receive(identifier);
                units.Inspect(identifier, InspectionOutcome.NoFaultFound);
                clock.Advance(TimeSpan.FromDays(1));
                units.PassQc(identifier);
            }

            var owner = new Catalog(context).ListOwners().First(o => o.Policy == OwnerPolicy.Pool);
            var model = new Catalog(context).ListModels()[0].Sku;
            for (var i = 0; i < 5; i++)
            {
                clock.Advance(TimeSpan.FromDays(3));
                var ticket = $"LIVE-{i}";
                cases.OpenWithDevice(ticket, owner.Code, CaseKind.Swap, Cases.CasesTestDepot.Imei(900 + i), model, new CaseDetails("Eva", Fault: "Dead"));
                cases.ReserveSwap(ticket, substitute: true);
                cases.ShipSwap(ticket);
            }

            clock.Advance(TimeSpan.FromDays(20));
            Assert.Empty(new IntegrityCheck(context).ReportCounts());
            foreach (var o in new Catalog(context).ListOwners())
            {
                Assert.Equal(StraightQualityReport.Rows(context, o.Code), new QualityReport(context).Rows(o.Code));
            }

            Assert.Contains(new QualityReport(context).Rows(owner.Code), r => r.OverdueReturns > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
