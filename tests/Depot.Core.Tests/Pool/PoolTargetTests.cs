using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Pool;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Pool;

/// <summary>The model lines' targets are the owner's target shared out: they add up, and never disagree with the owner line about a shortfall.</summary>
public sealed class PoolTargetTests
{
    [Fact]
    public void Three_models_of_one_unit_each_share_a_target_of_8_as_3_3_2()
    {
        using var depot = new CasesTestDepot();
        new Catalog(depot.Context).AddModel("PX8-128", "Pixel 8 128GB", new Money(699m, "EUR"));
        // NORDBANK: fleet 100 x 8% = 8. One unit of each model: 8/3 = 2.67 each.
        depot.Stock(CasesTestDepot.Imei(401));
        depot.Stock(CasesTestDepot.Imei(402), model: "PX8-128");
        depot.Stock(CasesTestDepot.Imei(403), model: "SGA55-128");

        var pool = new PoolLevels(depot.Context).ForOwner("NORDBANK");

        Assert.Equal((8, 5), (pool.Total.Target, pool.Total.Shortfall));
        Assert.Equal([("IP15-128", 3, 2), ("PX8-128", 3, 2), ("SGA55-128", 2, 1)], pool.Models.Select(m => (m.ModelSku!, m.Target, m.Shortfall)));
    }

    [Fact]
    public void A_model_whose_units_are_all_reserved_is_not_short_when_its_owner_is_not()
    {
        using var depot = new CasesTestDepot();
        // FJORDTEL: fleet 50 x 10% = 5. Six iPhones on the shelf, the one Samsung reserved for a case.
        for (var i = 0; i < 6; i++)
        {
            depot.Stock(CasesTestDepot.Imei(410 + i), owner: "FJORDTEL");
        }

        depot.Stock(CasesTestDepot.Imei(420), owner: "FJORDTEL", model: "SGA55-128");
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice("SR-9", "FJORDTEL", CaseKind.Swap, CasesTestDepot.Imei(421), "SGA55-128", new CaseDetails("Ingrid", Fault: "x"));
        cases.ReserveSwap("SR-9");

        var pool = new PoolLevels(depot.Context).ForOwner("FJORDTEL");

        Assert.Equal((5, 6, 1, 0), (pool.Total.Target, pool.Total.Available, pool.Total.Reserved, pool.Total.Shortfall));
        Assert.Equal([("IP15-128", 5, 0), ("SGA55-128", 0, 0)], pool.Models.Select(m => (m.ModelSku!, m.Target, m.Shortfall)));
    }

    [Fact]
    public void When_the_owner_is_short_the_model_shortfalls_add_up_to_its_shortfall()
    {
        using var depot = new CasesTestDepot();
        // NORDBANK target 8: 4 iPhones, 1 Samsung. 8 x 4/5 = 6.4 and 8 x 1/5 = 1.6: targets 6 and 2.
        for (var i = 0; i < 4; i++)
        {
            depot.Stock(CasesTestDepot.Imei(430 + i));
        }

        depot.Stock(CasesTestDepot.Imei(440), model: "SGA55-128");

        var pool = new PoolLevels(depot.Context).ForOwner("NORDBANK");

        Assert.Equal(3, pool.Total.Shortfall);
        Assert.Equal([("IP15-128", 6, 2), ("SGA55-128", 2, 1)], pool.Models.Select(m => (m.ModelSku!, m.Target, m.Shortfall)));
    }
}
