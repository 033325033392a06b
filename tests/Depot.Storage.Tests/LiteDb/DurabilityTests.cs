using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>
/// LiteDB 5.0.21 writes a commit to its log and returns without flushing it (#2818); only its
/// checkpoints flush. The store flushes the log to the disk before a commit returns, and a
/// checkpoint flushes the data file before it empties the log.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly LiteDbFixture _fixture = new();

    [Fact]
    public void Every_commit_flushes_the_log_to_the_disk_before_it_returns()
    {
        using var store = (LiteDbStore)_fixture.Open();
        var log = store.Log!;
        var flushes = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            using var writer = store.BeginWrite();
            writer.Table<EventRow>().Insert(new EventRow { UnitId = i, At = DateTimeOffset.UtcNow, Trigger = "Receive", ToState = "Received" });
            var before = log.FlushesToDisk;
            writer.Commit();
            flushes.Add(log.FlushesToDisk - before);
        }

        Assert.All(flushes, f => Assert.True(f >= 1, "a commit returned without flushing the log"));
    }

    [Fact]
    public void A_checkpoint_flushes_the_data_file_before_it_empties_the_log()
    {
        using var store = (LiteDbStore)_fixture.Open();
        var order = new List<string>();
        store.Data.Did += e => order.Add("data " + e);
        store.Log!.Did += e => order.Add("log " + e);
        var big = new string('x', 4000);

        // Enough commits for the log to pass the checkpoint size (8 MB).
        for (var i = 0; i < 12 && !order.Contains("log length 0"); i++)
        {
            using var writer = store.BeginWrite();
            writer.Table<EventRow>().InsertMany(Enumerable.Range(0, 300).Select(n => new EventRow { UnitId = n, At = DateTimeOffset.UtcNow, Trigger = big, ToState = "X" }).ToList());
            writer.Commit();
        }

        var emptied = order.IndexOf("log length 0");
        Assert.True(emptied > 0, string.Join(", ", order));
        Assert.Contains("data flush", order.Take(emptied));
        Assert.Equal("log flush", order[emptied + 1]);
        Assert.Equal(0, store.Log.Length);
        using var session = store.BeginRead();
        Assert.True(session.Table<EventRow>().Count() >= 300);
    }

    [Fact]
    public void A_commit_is_read_back_by_a_fresh_engine_from_the_log_alone()
    {
        long id;
        using (var store = (LiteDbStore)_fixture.Open())
        {
            using var writer = store.BeginWrite();
            id = writer.Table<UnitRow>().Insert(new UnitRow { Identifier = "A", State = "Received", StateSince = DateTimeOffset.UtcNow });
            writer.Commit();

            // What a power cut leaves: the data file as it was, the flushed log beside it.
            File.Copy(_fixture.Path, _fixture.Path + ".cut");
            File.Copy(LiteDbStore.LogPathFor(_fixture.Path), LiteDbStore.LogPathFor(_fixture.Path + ".cut"));
        }

        using var copy = LiteDbStore.Open(_fixture.Path + ".cut", new StoreOpenOptions(Create: false));
        using var session = copy.BeginRead();
        Assert.Equal("Received", session.Table<UnitRow>().Get(id)!.State);
    }

    public void Dispose() => _fixture.Dispose();
}
