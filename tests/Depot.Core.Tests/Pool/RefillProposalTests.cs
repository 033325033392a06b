using Depot.Core.Cases;
using Depot.Core.Pool;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Pool;

public sealed class RefillProposalTests
{
    [Fact]
    public void The_shortfall_is_shared_out_by_what_the_owners_cases_consume()
    {
        using var depot = new CasesTestDepot();
        // NORDBANK: fleet 100 x 8% = 8. Pool: 2 iPhones, 1 Samsung.
        depot.Stock(CasesTestDepot.Imei(301));
        depot.Stock(CasesTestDepot.Imei(302));
        depot.Stock(CasesTestDepot.Imei(303), model: "SGA55-128");
        var cases = new CaseService(depot.Context);
        for (var i = 0; i < 2; i++)
        {
            cases.OpenWithDevice($"S{i}", "NORDBANK", CaseKind.Swap, CasesTestDepot.Imei(310 + i), "IP15-128", new CaseDetails("Eva", Fault: "x"));
            cases.ReserveSwap($"S{i}");
            cases.ShipSwap($"S{i}");
        }

        var pool = new PoolLevels(depot.Context).ForOwner("nordbank");
        Assert.Equal((8, 1, 0, 0, 7), (pool.Total.Target, pool.Total.Available, pool.Total.Reserved, pool.Total.InRepair, pool.Total.Shortfall));
        Assert.True(pool.BelowTarget);
        // Only iPhones were consumed: the whole shortfall goes to iPhones.
        var line = Assert.Single(pool.Refill);
        Assert.Equal(("IP15-128", 7, 2), (line.ModelSku, line.Quantity, line.Consumed));
        Assert.Contains(new PoolLevels(depot.Context).ForAllOwners(), l => l.OwnerCode == "NORDBANK" && l.ModelSku is null && l.Shortfall == 7);
    }

    [Fact]
    public void Largest_remainders_make_the_lines_add_up_to_the_shortfall()
    {
        var lines = PoolLevels.Propose("X", 7, [], new Dictionary<string, int> { ["A"] = 1, ["B"] = 1, ["C"] = 1 });
        Assert.Equal(7, lines.Sum(l => l.Quantity));
        Assert.Equal([3, 2, 2], lines.Select(l => l.Quantity));
        Assert.Empty(PoolLevels.Propose("X", 0, [], new Dictionary<string, int> { ["A"] = 1 }));
    }

    [Fact]
    public void Without_consumption_the_pools_own_mix_weighs_the_proposal()
    {
        var models = new[] { new PoolLevel("X", "A", 3, 0, 0, 0), new PoolLevel("X", "B", 1, 0, 0, 0) };
        var lines = PoolLevels.Propose("X", 4, models, new Dictionary<string, int>());
        Assert.Equal([("A", 3), ("B", 1)], lines.Select(l => (l.ModelSku, l.Quantity)));
    }
}
