using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Storage;

public sealed class ReadSessionTests
{
    private const string Broken = "490154203237518";

    [Fact]
    public void A_receive_reads_what_it_decides_on_in_one_read_session_then_writes_in_one_unit_of_work()
    {
        using var depot = new TestDepot();
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Announce(Broken, "SR-1", TestDepot.Model);
        var counting = new CountingStore(depot.Context.Store);
        using var bench = new DepotContext(counting, depot.Path, "tester", depot.Clock);

        new UnitService(bench).Receive(Broken);

        Assert.Equal((1, 1), (counting.Reads, counting.Writes));
        Assert.Equal(UnitState.Received, depot.Units.Find(Broken)!.State);
    }

    [Fact]
    public void Reads_made_together_see_the_depot_as_it_was_when_they_began_and_others_as_usual()
    {
        using var depot = new TestDepot();
        var counting = new CountingStore(depot.Context.Store);
        using var bench = new DepotContext(counting, depot.Path, "tester", depot.Clock);

        var (first, second) = bench.ReadTogether(() => (bench.Read(s => s.Counter("x")), bench.Read(s => s.Counter("y"))));
        Assert.Equal((0L, 0L), (first, second));
        Assert.Equal(1, counting.Reads);

        bench.Read(s => s.Counter("x"));
        Assert.Equal(2, counting.Reads);
    }

    [Fact]
    public void An_owner_whose_adding_was_rolled_back_is_not_remembered_by_the_unit_that_had_it()
    {
        using var depot = new TestDepot();
        using (depot.Context.BeginBatch())
        {
            new Catalog(depot.Context).AddOwner("GONE", "Gone AB", 10);
            depot.Units.Intake(Broken, new UnitDetails("GONE", TestDepot.Model));
            Assert.Equal("GONE", depot.Units.Find(Broken)!.OwnerCode);
        }

        Assert.Null(depot.Units.Find(Broken));
        new Catalog(depot.Context).AddOwner("KEPT", "Kept AB", 10);
        depot.Units.Intake(Broken, new UnitDetails("KEPT", TestDepot.Model));
        Assert.Equal(("KEPT", TestDepot.Model), depot.Units.Find(Broken) is { } unit ? (unit.OwnerCode, unit.ModelSku) : default);
        Assert.Equal("KEPT", depot.Units.Find(Broken)!.OwnerCode);
    }

    /// <summary>A store that counts the sessions opened on it; disposing it leaves the real store open.</summary>
    private sealed class CountingStore(IDepotStore inner) : IDepotStore
    {
        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public StoreDescription Description => inner.Description;

        public IStoreSession BeginRead()
        {
            Reads++;
            return inner.BeginRead();
        }

        public IStoreWriter BeginWrite()
        {
            Writes++;
            return inner.BeginWrite();
        }

        public long BackupTo(string targetPath) => inner.BackupTo(targetPath);

        public void Dispose()
        {
        }
    }
}
