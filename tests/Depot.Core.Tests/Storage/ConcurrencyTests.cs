using Depot.Core.Lifecycle;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Storage;

public sealed class ConcurrencyTests
{
    private const string Imei = "356938035643809";

    [Fact]
    public void The_second_writer_of_the_same_unit_is_told_it_changed_and_its_new_state()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        using var second = depot.SecondBench();
        var secondUnits = new UnitService(second);

        // Both benches look at the unit, then both act on what they saw.
        var seenByFirst = depot.Units.Find(Imei)!;
        var seenBySecond = secondUnits.Find(Imei)!;
        depot.Units.Scrap(Imei, "dropped", seenByFirst.Version);
        var refusal = Assert.Throws<ConcurrencyException>(() => secondUnits.MarkLost(Imei, "missing", seenBySecond.Version));

        Assert.Equal(RefusalCode.ChangedBySomeoneElse, refusal.Code);
        Assert.Equal(Imei, refusal.Parameters[RefusalKeys.Unit]);
        Assert.Equal("Scrapped", refusal.Parameters[RefusalKeys.State]);
        Assert.Contains("changed by someone else, now in state Scrapped", refusal.Message);
        Assert.Equal(UnitState.Scrapped, depot.Units.Find(Imei)!.State);
        Assert.Equal(2, depot.Units.History(seenByFirst.Id).Count);
    }

    [Fact]
    public void Two_benches_hammering_one_file_lose_no_update()
    {
        using var depot = new TestDepot();
        var ids = Enumerable.Range(0, 40).Select(i => Identifiers.ImeiFor(i)).ToArray();
        foreach (var id in ids)
        {
            depot.Units.Intake(id, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        }

        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Bench(string name)
        {
            using var context = depot.SecondBench(name);
            var units = new UnitService(context);
            foreach (var id in ids)
            {
                try
                {
                    var seen = units.Find(id)!;
                    units.Scrap(id, $"by {name}", seen.Version);
                    outcomes.Add($"{name} scrapped {id}");
                }
                catch (RefusedException e)
                {
                    // Too late (the other bench scrapped it first), never a locked database.
                    Assert.Contains(e.Code, new[] { RefusalCode.ChangedBySomeoneElse, RefusalCode.NotPermittedInState });
                    outcomes.Add($"{name} refused {id}");
                }
            }
        }

        Parallel.Invoke(() => Bench("one"), () => Bench("two"));

        foreach (var id in ids)
        {
            var unit = depot.Units.Find(id)!;
            Assert.Equal(UnitState.Scrapped, unit.State);
            Assert.Single(outcomes, o => o.EndsWith($"scrapped {id}", StringComparison.Ordinal));
            Assert.Equal(2, depot.Units.History(unit.Id).Count);
        }
    }
}

internal static class Identifiers
{
    public static string ImeiFor(int n) => Depot.Core.Identifiers.Imei.FromFourteen($"35693803{n:D6}").Value;
}
