using System.Collections.Concurrent;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Postgres;

public sealed class PostgresChangeFeedTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void A_change_committed_by_another_bench_reaches_the_watcher_within_a_second()
    {
        using var watching = database.Open();
        using var changing = database.Open();
        var heard = new BlockingCollection<StoreChange>();
        using var watch = ((IStoreChangeFeed)watching).WatchChanges(heard.Add);
        var unit = SampleRows.Unit("N" + Guid.NewGuid().ToString("N")[..12]);
        var committed = DateTime.UtcNow;
        using (var writer = changing.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(unit);
            writer.Table<EventRow>().Insert(SampleRows.Event(unit.Id));
            writer.Commit();
        }

        Assert.True(heard.TryTake(out var change, Second), "no change heard within a second");
        Assert.True(DateTime.UtcNow - committed < Second);
        Assert.Equal("units", change.Table);
        Assert.Equal([unit.Id], change.Ids);
    }

    [Fact]
    public void Cases_are_reported_with_their_ids_and_other_tables_are_not()
    {
        using var watching = database.Open();
        using var changing = database.Open();
        var heard = new BlockingCollection<StoreChange>();
        using var watch = ((IStoreChangeFeed)watching).WatchChanges(heard.Add);
        var rows = Enumerable.Range(0, 3).Select(i => new CaseRow { Ticket = $"T{Guid.NewGuid():N}", OwnerId = 1 }).ToList();
        using (var writer = changing.BeginWrite())
        {
            writer.Table<CaseRow>().InsertMany(rows);
            writer.Table<OwnerRow>().Insert(SampleRows.Owner("F" + Guid.NewGuid().ToString("N")[..8]));
            writer.Commit();
        }

        Assert.True(heard.TryTake(out var change, Second));
        Assert.Equal("cases", change.Table);
        Assert.Equal(rows.Select(r => r.Id), change.Ids);
        Assert.False(heard.TryTake(out _, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public void Work_that_is_not_committed_and_the_watchers_own_commits_are_not_reported()
    {
        using var watching = database.Open();
        using var changing = database.Open();
        var heard = new BlockingCollection<StoreChange>();
        using var watch = ((IStoreChangeFeed)watching).WatchChanges(heard.Add);
        using (var writer = changing.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(SampleRows.Unit("R" + Guid.NewGuid().ToString("N")[..12]));
        }

        using (var writer = watching.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(SampleRows.Unit("O" + Guid.NewGuid().ToString("N")[..12]));
            writer.Commit();
        }

        Assert.False(heard.TryTake(out var change, TimeSpan.FromMilliseconds(500)), $"heard {change}");
    }

    [Fact]
    public void A_stopped_watcher_hears_nothing_more()
    {
        using var watching = database.Open();
        using var changing = database.Open();
        var heard = new BlockingCollection<StoreChange>();
        var watch = ((IStoreChangeFeed)watching).WatchChanges(heard.Add);
        watch.Dispose();
        using (var writer = changing.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(SampleRows.Unit("S" + Guid.NewGuid().ToString("N")[..12]));
            writer.Commit();
        }

        Assert.False(heard.TryTake(out _, TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public void A_commit_of_very_many_units_is_reported_as_a_refresh_of_the_table()
    {
        using var watching = database.Open();
        using var changing = database.Open();
        var heard = new BlockingCollection<StoreChange>();
        using var watch = ((IStoreChangeFeed)watching).WatchChanges(heard.Add);
        using (var writer = changing.BeginWrite())
        {
            writer.Table<UnitRow>().InsertMany(Enumerable.Range(0, 5000).Select(i => SampleRows.Unit($"B{Guid.NewGuid():N}")).ToList());
            writer.Commit();
        }

        Assert.True(heard.TryTake(out var change, Second));
        Assert.Equal(("units", 0), (change.Table, change.Ids.Count));
    }
}
