using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Support;

namespace Depot.Core.Tests.Storage;

/// <summary>Opening a depot: its format, and the clear refusals when the file cannot be one.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void A_new_depot_is_in_the_current_format()
    {
        using var depot = new TestDepot();
        Assert.Equal(StoreSchema.FormatVersion, depot.Context.Store.Description.FormatVersion);
        Assert.Equal("LiteDB", depot.Context.Store.Description.Engine);
    }

    [Fact]
    public void Reopening_a_depot_keeps_its_data_and_applies_nothing_twice()
    {
        using var depot = new TestDepot();
        using var again = depot.SecondBench();
        Assert.Equal(2, again.Read(s => s.Table<OwnerRow>().Count()));
    }

    [Fact]
    public void A_missing_directory_is_a_clear_refusal()
    {
        var path = Path.Combine(Path.GetTempPath(), "depot-tests", Guid.NewGuid().ToString("N"), "nope", "depot.db");
        var refusal = Assert.ThrowsAny<RefusedException>(() => DepotContext.Open(path, "t"));
        Assert.Contains("does not exist", refusal.Message);
        Assert.False(File.Exists(path));
    }
}
