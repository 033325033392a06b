using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core.Tests.Durability;

/// <summary>
/// The disk fills up (simulated with SQLite's page limit, which fails a write exactly as a full
/// disk does): the scan is refused with a clear message, nothing of it is written, and once there
/// is room again the same scan goes through.
/// </summary>
public sealed class FullDiskTests
{
    [Fact]
    public void A_full_disk_refuses_the_scan_with_a_clear_message_and_writes_nothing()
    {
        using var depot = GeneratedDepot.Create(units: 400);
        using var context = depot.Open();
        var units = new UnitService(context);
        var scans = GeneratedDepot.Receivable(context, 60);
        var pages = Convert.ToInt64(context.Connection.Scalar("PRAGMA page_count;"));
        context.Connection.Execute($"PRAGMA max_page_count = {pages};");

        RefusedException? refusal = null;
        string? refused = null;
        foreach (var scan in scans)
        {
            try
            {
                units.Receive(scan);
            }
            catch (RefusedException e)
            {
                (refusal, refused) = (e, scan);
                break;
            }
        }

        Assert.NotNull(refusal);
        Assert.Equal("nothing was saved: the disk is full; nothing was written", refusal.Message);
        var unit = units.Require(refused!);
        Assert.NotEqual(Depot.Core.Lifecycle.UnitState.Received, unit.State);
        Assert.DoesNotContain(units.History(unit.Id), e => e.Operator == "test" && e.Trigger == Depot.Core.Lifecycle.Trigger.Receive);
        Assert.Empty(new IntegrityCheck(context).Run());
        Assert.Equal("ok", context.Connection.Scalar("PRAGMA integrity_check;"));

        context.Connection.Execute("PRAGMA max_page_count = 1073741823;");
        Assert.Equal(Depot.Core.Lifecycle.UnitState.Received, units.Receive(refused!).To);
        Assert.Empty(new IntegrityCheck(context).Run());
    }
}
