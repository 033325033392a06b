using Depot.Core.Storage;
using Depot.Core.Storage.Migrations;
using Depot.Core.Tests.Support;

namespace Depot.Core.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void A_new_database_is_created_at_the_current_schema_version_in_wal_mode()
    {
        using var depot = new TestDepot();
        Assert.Equal(Schema.CurrentVersion, DepotDatabase.SchemaVersion(depot.Context.Connection));
        Assert.Equal("wal", depot.Context.Connection.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(2L, depot.Context.Connection.Scalar("PRAGMA synchronous;"));
        Assert.True((long)depot.Context.Connection.Scalar("PRAGMA busy_timeout;")! >= 1000);
    }

    [Fact]
    public void Migration_versions_are_strictly_increasing()
    {
        var versions = Schema.All.Select(m => m.Version).ToArray();
        Assert.Equal(versions.Order().Distinct(), versions);
        Assert.Equal(1, versions[0]);
    }

    [Fact]
    public void Reopening_a_database_keeps_its_data_and_applies_nothing_twice()
    {
        using var depot = new TestDepot();
        using var again = depot.SecondBench();
        Assert.Equal(2L, again.Connection.Scalar("SELECT count(*) FROM owners"));
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused()
    {
        using var depot = new TestDepot();
        depot.Context.Connection.Execute($"PRAGMA user_version = {Schema.CurrentVersion + 1};");
        var refusal = Assert.Throws<RefusedException>(() => depot.SecondBench());
        Assert.Contains("newer than this program", refusal.Message);
    }

    [Fact]
    public void A_missing_directory_is_a_clear_refusal()
    {
        var path = Path.Combine(Path.GetTempPath(), "depot-tests", Guid.NewGuid().ToString("N"), "nope", "depot.db");
        var refusal = Assert.Throws<RefusedException>(() => DepotContext.Open(path, "t"));
        Assert.Contains("does not exist", refusal.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_clear_refusal()
    {
        var dir = Path.Combine(Path.GetTempPath(), "depot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to have a header");
        var refusal = Assert.Throws<RefusedException>(() => DepotContext.Open(path, "t"));
        Assert.Contains("not a Depot database", refusal.Message);
    }
}
