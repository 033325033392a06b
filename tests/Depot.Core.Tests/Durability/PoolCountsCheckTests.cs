using Depot.Core.Dashboard;
using Depot.Core.Integrity;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Tests.Durability;

/// <summary>
/// The depot check recounts the units and compares the counts kept per owner, model and state: a
/// clean depot has no difference, and every tampered line is reported with what it says and what is there.
/// </summary>
public sealed class PoolCountsCheckTests
{
    [Fact]
    public void A_generated_depot_has_pool_counts_equal_to_a_recount()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();

        Assert.Empty(new IntegrityCheck(context).PoolCounts());
    }

    [Fact]
    public void Every_tampered_pool_count_line_is_reported()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();
        var line = context.Read(UnitCounts.Read).Where(c => c.State == "Available" && c.OwnerId is not null).MaxBy(c => c.Units);
        context.Write(w => w.AddToCounter(UnitCounts.Key(line.OwnerId, line.ModelId, line.State, line.RepairCase), 3));
        // A unit moved without its count: its old line is one too high, its new line one too low.
        context.Write(w =>
        {
            var scrapped = w.Table<UnitRow>().Range(UnitRow.ByState, "Scrapped|", "Scrapped|9999").First(u => u.OwnerId is not null && u.ModelId is not null);
            scrapped.State = "Quarantine";
            w.Table<UnitRow>().Update(scrapped);
        });

        var problems = new IntegrityCheck(context).PoolCounts();

        var ownerCode = new Catalog(context).ListOwners().Single(o => o.Id == line.OwnerId).Code;
        var tampered = Assert.Single(problems, p => p.Stored == line.Units + 3);
        Assert.Equal(ownerCode, tampered.Owner);
        Assert.Equal("Available", tampered.State);
        Assert.Equal(line.Units, tampered.Counted);
        Assert.Contains(problems, p => p.Owner != "(all owners)" && p.State == "Scrapped" && p.Stored == p.Counted + 1);
        Assert.Contains(problems, p => p.Owner != "(all owners)" && p.State == "Quarantine" && p.Counted == p.Stored + 1);

        // The counts per state see the moved unit; the tampered line stayed in its state.
        Assert.Contains(problems, p => p.Owner == "(all owners)" && p.State == "Scrapped" && p.Stored == p.Counted + 1);
        Assert.Contains(problems, p => p.Owner == "(all owners)" && p.State == "Quarantine" && p.Counted == p.Stored + 1);
        Assert.Equal(5, problems.Count);
        Assert.Contains($"the pool counts say {line.Units + 3}, a recount of the units gives {line.Units}", tampered.ToString());
    }

    [Fact]
    public void A_depot_from_before_the_counts_per_state_gets_them_when_it_is_opened()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        IReadOnlyDictionary<string, long> expected;
        using (var context = depot.Open())
        {
            expected = context.Read(UnitCounts.ByState);

            // What a depot written before the counts per state holds: none of them, no mark.
            context.Write(w =>
            {
                foreach (var counter in w.Counters(UnitCounts.StatePrefix))
                {
                    w.AddToCounter(counter.Key, -counter.Value);
                }

                w.AddToCounter(UnitCounts.StatesKept, -w.Counter(UnitCounts.StatesKept));
            });
            Assert.Empty(context.Read(s => s.Counters(UnitCounts.StatePrefix)));

            // Until it is opened again, the counts per state are added up from the finer counts.
            Assert.Equal(expected, context.Read(UnitCounts.ByState));
        }

        using (var reopened = depot.Open())
        {
            Assert.Equal(1, reopened.Read(s => s.Counter(UnitCounts.StatesKept)));
            Assert.Equal(expected.OrderBy(e => e.Key), reopened.Read(s => s.Counters(UnitCounts.StatePrefix))
                .Select(c => KeyValuePair.Create(c.Key[UnitCounts.StatePrefix.Length..], c.Value)).OrderBy(e => e.Key));
            Assert.Empty(new IntegrityCheck(reopened).PoolCounts());
        }

        // Opened once more, nothing is added twice.
        using (var again = depot.Open())
        {
            Assert.Equal(expected.OrderBy(e => e.Key), again.Read(UnitCounts.ByState).OrderBy(e => e.Key));
        }
    }

    [Fact]
    public void Report_figures_counted_by_an_earlier_version_are_counted_again_when_the_depot_is_opened()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        string key;
        using (var context = depot.Open())
        {
            Assert.Equal(ReportCounts.Version, context.Read(s => s.Counter(ReportCounts.VersionKey)));
            Assert.Empty(new IntegrityCheck(context).ReportCounts());

            // A depot of an earlier version: a figure it did not keep yet, and no version of its figures.
            key = context.Read(s => s.Counters("repeat|")).First().Key;
            context.Write(w =>
            {
                w.AddToCounter(key, -w.Counter(key));
                w.AddToCounter(ReportCounts.VersionKey, -ReportCounts.Version);
            });
            Assert.NotEmpty(new IntegrityCheck(context).ReportCounts());
        }

        using var reopened = depot.Open();
        Assert.Equal(ReportCounts.Version, reopened.Read(s => s.Counter(ReportCounts.VersionKey)));
        Assert.NotEqual(0, reopened.Read(s => s.Counter(key)));
        Assert.Empty(new IntegrityCheck(reopened).ReportCounts());
    }

    [Fact]
    public void Counts_by_state_from_the_kept_counts_equal_a_count_of_the_units()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var context = depot.Open();
        // A unit with no owner or model is still counted.
        context.Write(w =>
        {
            var unit = w.Table<UnitRow>().Range(UnitRow.ByState, "Available|", "Available|9999", limit: 1)[0];
            var before = new UnitRow { OwnerId = unit.OwnerId, ModelId = unit.ModelId, State = unit.State, RepairCase = unit.RepairCase };
            unit.OwnerId = null;
            unit.ModelId = null;
            w.Table<UnitRow>().Update(unit);
            UnitCounts.Move(w, before, unit);
        });

        var counted = context.Read(s => s.Table<UnitRow>().All().GroupBy(u => u.State).ToDictionary(g => g.Key, g => g.Count()));
        var shown = new DepotDashboard(context).CountsByState().ToDictionary(c => c.State.ToString(), c => c.Count);
        Assert.Equal(counted.OrderBy(kv => kv.Key), shown.OrderBy(kv => kv.Key));
        Assert.Empty(new IntegrityCheck(context).PoolCounts());
    }
}
