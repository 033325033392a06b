using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>LiteDB keeps pages of open transactions in memory up to a budget the store lowers from 800 MB to 96 MB.</summary>
public sealed class MemoryTests : IDisposable
{
    private readonly LiteDbFixture _fixture = new();

    [Fact]
    public void The_engine_opens_with_the_lowered_transaction_budget()
    {
        Assert.True(LiteDbMemory.CanBound, "LiteDB no longer keeps its transaction budget in TransactionMonitor._freePages; bound the memory another way");
        using var store = (LiteDbStore)_fixture.Open();

        Assert.Equal(LiteDbMemory.TransactionPages, LiteDbMemory.FreeTransactionPages(store.Engine!));
    }

    [Fact]
    public void A_unit_of_work_larger_than_the_budget_still_commits_whole()
    {
        using var store = (LiteDbStore)_fixture.Open();
        var payload = new string('p', 2000);
        using (var writer = store.BeginWrite())
        {
            // About 130 MB of rows: more pages than the budget, so LiteDB writes them to the log before the commit.
            for (var batch = 0; batch < 13; batch++)
            {
                writer.Table<EventRow>().InsertMany(Enumerable.Range(0, 5000)
                    .Select(i => new EventRow { UnitId = batch, At = DateTimeOffset.UtcNow, Trigger = "Intake", ToState = payload }).ToList());
            }

            writer.Commit();
        }

        using var session = store.BeginRead();
        Assert.Equal(65_000, session.Table<EventRow>().Count());
        Assert.Equal(LiteDbMemory.TransactionPages, LiteDbMemory.FreeTransactionPages(store.Engine!));
    }

    public void Dispose() => _fixture.Dispose();
}
