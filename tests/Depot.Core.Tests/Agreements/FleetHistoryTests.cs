using Depot.Core.Agreements;
using Depot.Core.Owners;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Agreements;

public sealed class FleetHistoryTests
{
    [Fact]
    public void A_fleet_change_from_a_past_day_moves_the_pool_target_of_today()
    {
        using var depot = new CasesTestDepot("2026-11-20 09:00");

        new FleetHistory(depot.Context).Set("NORDBANK", 130, new DateOnly(2026, 11, 10));

        var owner = new Catalog(depot.Context).RequireOwner("NORDBANK");
        Assert.Equal((130, 11), (owner.Fleet, owner.Target));
    }

    [Fact]
    public void A_fleet_change_dated_in_the_future_is_refused_and_nothing_changes()
    {
        using var depot = new CasesTestDepot("2026-11-20 09:00");
        var history = new FleetHistory(depot.Context);

        var refused = Assert.Throws<RefusedException>(() => history.Set("NORDBANK", 130, new DateOnly(2026, 12, 1)));

        Assert.Contains("2026-12-01", refused.Message);
        Assert.Equal(100, new Catalog(depot.Context).RequireOwner("NORDBANK").Fleet);
        var owner = depot.Context.Read(s => s.Table<Depot.Core.Storage.Rows.OwnerRow>().FindOne(Depot.Core.Storage.Rows.OwnerRow.ByCode, "NORDBANK"))!;
        Assert.Equal([(DateOnly.MinValue, 100)], history.Of(owner.Id, owner.Fleet));
    }

    [Fact]
    public void A_change_dated_before_a_later_one_is_history_and_leaves_the_fleet_of_today()
    {
        using var depot = new CasesTestDepot("2026-11-20 09:00");
        var history = new FleetHistory(depot.Context);
        history.Set("NORDBANK", 130, new DateOnly(2026, 11, 15));

        history.Set("NORDBANK", 110, new DateOnly(2026, 11, 5));

        var owner = depot.Context.Read(s => s.Table<Depot.Core.Storage.Rows.OwnerRow>().FindOne(Depot.Core.Storage.Rows.OwnerRow.ByCode, "NORDBANK"))!;
        Assert.Equal(130, owner.Fleet);
        Assert.Equal(
            [(DateOnly.MinValue, 100), (new DateOnly(2026, 11, 5), 110), (new DateOnly(2026, 11, 15), 130)],
            history.Of(owner.Id, owner.Fleet));
    }
}
