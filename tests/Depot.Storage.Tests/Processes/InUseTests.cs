using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Processes;

/// <summary>Another process keeps a unit of work open too long: the waiting bench is told who holds the file, and nothing is saved.</summary>
public sealed class InUseTests
{
    [Fact]
    public async Task A_bench_that_waits_in_vain_is_told_which_process_holds_the_depot()
    {
        using var fixture = new LiteDbFixture();
        ProbeDepot.Seed(fixture, 1);
        using var store = LiteDbStore.Open(fixture.Path, new StoreOpenOptions(), patience: TimeSpan.FromSeconds(1));
        using var holder = ProbeProcess.Start("hold", fixture.Path, "20");
        holder.StandardInput.Close();
        Assert.Equal("holding", await holder.StandardOutput.ReadLineAsync());

        var opening = Assert.Throws<StorageException>(() => LiteDbStore.Open(fixture.Path, new StoreOpenOptions(), patience: TimeSpan.FromSeconds(1)));
        var refusal = Assert.Throws<StorageException>(() => store.BeginWrite());
        var readRefusal = Assert.Throws<StorageException>(() => store.BeginRead());

        Assert.Equal(StorageFailure.InUse, refusal.Failure);
        Assert.Contains($"in use by process {holder.Id} (Depot.Storage.Probe hold {fixture.Path} 20)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(StorageFailure.InUse, readRefusal.Failure);
        Assert.Equal(StorageFailure.InUse, opening.Failure);
        holder.Kill();
        await holder.WaitForExitAsync();
        using var session = store.BeginRead();
        Assert.Equal(0, session.Counter("held"));
    }
}
