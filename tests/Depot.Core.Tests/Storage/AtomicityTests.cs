using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Storage;

public sealed class AtomicityTests
{
    private const string Imei = "356938035643809";

    [Fact]
    public void A_state_change_whose_event_cannot_be_written_is_not_saved()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        var before = depot.Snapshot();
        using var failing = new DepotContext(new FaultyStore<EventRow>(depot.Context.Store), depot.Path, "tester", depot.Clock);

        var refusal = Assert.Throws<StorageException>(() => new UnitService(failing).Scrap(Imei, "test"));

        Assert.Equal(FaultyTable<EventRow>.Refusal, refusal.Message);
        Assert.Equal(before, depot.Snapshot());
        Assert.Equal(UnitState.Available, depot.Units.Find(Imei)!.State);
    }

    [Fact]
    public void A_new_unit_whose_event_cannot_be_written_does_not_exist_afterwards()
    {
        using var depot = new TestDepot();
        using var failing = new DepotContext(new FaultyStore<EventRow>(depot.Context.Store), depot.Path, "tester", depot.Clock);

        Assert.Throws<StorageException>(() => new UnitService(failing).Receive(Imei));

        Assert.Null(depot.Units.Find(Imei));
        Assert.Equal(0, depot.Context.Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal(0, depot.Context.Read(s => s.Table<UnitIdentifierRow>().Count()));
    }

    [Fact]
    public void A_refused_change_inside_a_batch_leaves_the_rest_of_the_batch_intact()
    {
        using var depot = new TestDepot();
        using (var batch = depot.Context.BeginBatch())
        {
            depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
            Assert.Throws<RefusedException>(() => depot.Units.Ship(Imei));
            depot.Units.Intake("490154203237518", new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
            batch.Commit();
        }

        Assert.Equal(2, depot.Context.Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal(2, depot.Context.Read(s => s.Table<EventRow>().Count()));
    }

    [Fact]
    public void A_batch_that_is_not_committed_writes_nothing()
    {
        using var depot = new TestDepot();
        using (depot.Context.BeginBatch())
        {
            depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        }

        Assert.Null(depot.Units.Find(Imei));
    }
}
