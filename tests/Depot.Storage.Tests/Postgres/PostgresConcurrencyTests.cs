using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Postgres;

public sealed class PostgresConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private UnitRow NewUnit(IDepotStore store)
    {
        var unit = SampleRows.Unit("K" + Guid.NewGuid().ToString("N")[..12]);
        using var writer = store.BeginWrite();
        writer.Table<UnitRow>().Insert(unit);
        writer.Commit();
        return unit;
    }

    [Fact]
    public void Two_benches_updating_the_same_version_one_after_the_other_one_wins()
    {
        using var first = database.Open();
        using var second = database.Open();
        var id = NewUnit(first).Id;
        using var a = first.BeginWrite();
        using var b = second.BeginWrite();
        var seenByA = a.Table<UnitRow>().Get(id)!;
        var seenByB = b.Table<UnitRow>().Get(id)!;
        seenByA.State = "Reserved";
        seenByA.Version = 2;
        Assert.True(a.Table<UnitRow>().UpdateIfVersion(seenByA, 1));
        a.Commit();
        seenByB.State = "Scrapped";
        seenByB.Version = 2;
        Assert.False(b.Table<UnitRow>().UpdateIfVersion(seenByB, 1));
        b.Commit();

        using var read = second.BeginRead();
        Assert.Equal("Reserved", read.Table<UnitRow>().Get(id)!.State);
    }

    [Fact]
    public void A_version_check_that_fails_makes_the_row_read_again()
    {
        using var first = database.Open();
        using var second = database.Open();
        var id = NewUnit(first).Id;
        using var b = second.BeginWrite();
        var seenByB = b.Table<UnitRow>().Get(id)!;
        using (var a = first.BeginWrite())
        {
            var row = a.Table<UnitRow>().Get(id)!;
            row.State = "Reserved";
            row.Version = 2;
            Assert.True(a.Table<UnitRow>().UpdateIfVersion(row, 1));
            a.Commit();
        }

        seenByB.State = "Scrapped";
        seenByB.Version = 2;
        Assert.False(b.Table<UnitRow>().UpdateIfVersion(seenByB, 1));
        Assert.Equal("Reserved", b.Table<UnitRow>().Get(id)!.State);
    }

    [Fact]
    public async Task Two_benches_updating_the_same_version_at_once_one_wins_and_the_other_waits_then_loses()
    {
        using var first = database.Open();
        using var second = database.Open();
        var id = NewUnit(first).Id;
        using var a = first.BeginWrite();
        var row = a.Table<UnitRow>().Get(id)!;
        row.State = "Reserved";
        row.Version = 2;
        Assert.True(a.Table<UnitRow>().UpdateIfVersion(row, 1));

        // The second bench's update waits on the first's row lock, then finds the version moved on.
        var loser = Task.Run(() =>
        {
            using var b = second.BeginWrite();
            var mine = SampleRows.Unit(row.Identifier, "Scrapped");
            mine.Id = id;
            mine.Version = 2;
            var won = b.Table<UnitRow>().UpdateIfVersion(mine, 1);
            b.Commit();
            return won;
        });
        Assert.NotSame(loser, await Task.WhenAny(loser, Task.Delay(300)));
        a.Commit();
        Assert.False(await loser.WaitAsync(Patience));
        using var read = second.BeginRead();
        var stored = read.Table<UnitRow>().Get(id)!;
        Assert.Equal(("Reserved", 2L), (stored.State, stored.Version));
    }

    [Fact]
    public async Task A_deadlock_between_benches_is_reported_as_transient_and_the_other_bench_goes_on()
    {
        using var first = database.Open();
        using var second = database.Open();
        var one = NewUnit(first);
        var two = NewUnit(first);
        using var a = first.BeginWrite();
        using var b = second.BeginWrite();
        Assert.True(a.Table<UnitRow>().Update(one));
        Assert.True(b.Table<UnitRow>().Update(two));
        var crossA = Task.Run(() => Attempt(() => a.Table<UnitRow>().Update(two)));
        var crossB = Task.Run(() => Attempt(() => b.Table<UnitRow>().Update(one)));
        var results = await Task.WhenAll(crossA, crossB).WaitAsync(Patience);
        var failures = results.Where(f => f is not null).ToList();
        var failure = Assert.Single(failures);
        Assert.Equal(StorageFailure.Transient, failure!.Failure);
        Assert.Contains("nothing was saved", failure.Message);
    }

    [Fact]
    public void Counters_added_by_many_benches_at_once_lose_nothing()
    {
        var key = "test|parallel|" + Guid.NewGuid().ToString("N");
        var stores = Enumerable.Range(0, 4).Select(_ => database.Open()).ToList();
        try
        {
            Parallel.ForEach(stores, store =>
            {
                for (var i = 0; i < 25; i++)
                {
                    using var writer = store.BeginWrite();
                    writer.AddToCounter(key, 1);
                    writer.AddToCounter(key + "|other", 2);
                    writer.Commit();
                }
            });
            using var read = stores[0].BeginRead();
            Assert.Equal(100, read.Counter(key));
            Assert.Equal(200, read.Counter(key + "|other"));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    private static StorageException? Attempt(Action change)
    {
        try
        {
            change();
            return null;
        }
        catch (StorageException e)
        {
            return e;
        }
    }
}
