using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>The engine is reopened when, and only when, another process (or store) wrote to the file since this one last looked.</summary>
public sealed class CacheTests : IDisposable
{
    private readonly LiteDbFixture _fixture = new();

    [Fact]
    public void A_bench_keeps_its_engine_while_only_it_writes_and_reopens_it_after_another_bench_wrote()
    {
        using var first = (LiteDbStore)_fixture.Open();
        using var second = (LiteDbStore)_fixture.Open();
        var opened = first.EngineOpenings;
        for (var i = 0; i < 5; i++)
        {
            using var writer = first.BeginWrite();
            writer.Table<UnitRow>().Insert(new UnitRow { Identifier = $"A{i}" });
            writer.Commit();
        }

        using (var session = first.BeginRead())
        {
            Assert.Equal(5, session.Table<UnitRow>().Count());
        }

        Assert.Equal(opened, first.EngineOpenings);
        using (var writer = second.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(new UnitRow { Identifier = "B" });
            writer.Commit();
        }

        using (var session = first.BeginRead())
        {
            Assert.Equal(6, session.Table<UnitRow>().Count());
        }

        Assert.Equal(opened + 1, first.EngineOpenings);
    }

    [Fact]
    public void The_lock_file_names_the_process_that_last_took_it()
    {
        using var store = _fixture.Open();
        using (var writer = store.BeginWrite())
        {
            writer.AddToCounter("n", 1);
            writer.Commit();
        }

        var text = File.ReadAllText(LockFile.PathFor(_fixture.Path));
        Assert.Contains($"{Environment.ProcessId} ", text, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();
}
