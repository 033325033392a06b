using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Storage;

public sealed class AtomicityTests
{
    private const string Imei = "356938035643809";

    [Fact]
    public void A_state_change_whose_event_cannot_be_written_is_not_saved()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        var before = depot.Snapshot();
        using var failing = new DepotContext(new FaultyStore<EventRow>(depot.Context.Store), depot.Path, "tester", depot.Clock);

        var refusal = Assert.Throws<StorageException>(() => new UnitService(failing).Scrap(Imei, "test"));

        Assert.Equal(FaultyTable<EventRow>.Refusal, refusal.Message);
        Assert.Equal(before, depot.Snapshot());
        Assert.Equal(UnitState.Available, depot.Units.Find(Imei)!.State);
    }

    [Fact]
    public void A_new_unit_whose_event_cannot_be_written_does_not_exist_afterwards()
    {
        using var depot = new TestDepot();
        using var failing = new DepotContext(new FaultyStore<EventRow>(depot.Context.Store), depot.Path, "tester", depot.Clock);

        Assert.Throws<StorageException>(() => new UnitService(failing).Receive(Imei));

        Assert.Null(depot.Units.Find(Imei));
        Assert.Equal(0, depot.Context.Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal(0, depot.Context.Read(s => s.Table<UnitIdentifierRow>().Count()));
    }

    [Fact]
    public void A_receipt_whose_checklist_cannot_be_written_is_not_saved()
    {
        using var depot = new TestDepot();
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Announce(Imei, "SR-1", TestDepot.Model);
        var before = Everything(depot);
        using var failing = new DepotContext(new FaultyStore<ReceiptChecklistRow>(depot.Context.Store), depot.Path, "tester", depot.Clock);

        var refusal = Assert.Throws<StorageException>(() => new Dock(failing).Receive(Imei, new ReceiptChecklist(Charger: true)));

        Assert.Equal(FaultyTable<ReceiptChecklistRow>.Refusal, refusal.Message);
        Assert.Equal(before, Everything(depot));
        Assert.Equal(UnitState.Announced, depot.Units.Find(Imei)!.State);
        Assert.Equal([Trigger.Announce], depot.Units.History(depot.Units.Find(Imei)!.Id).Select(e => e.Trigger));
    }

    [Fact]
    public void A_receipt_and_its_checklist_are_saved_together()
    {
        using var depot = new TestDepot();
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Announce(Imei, "SR-1", TestDepot.Model);

        var receipt = new Dock(depot.Context).Receive(Imei, new ReceiptChecklist(Charger: true, Box: true));

        var receive = depot.Units.History(receipt.Unit.Id).Last();
        Assert.Equal((Trigger.Receive, UnitState.Received), (receive.Trigger, receive.To));
        Assert.Equal(receive.Id, receipt.Event.Id);
        Assert.Equal(new ReceiptChecklist(Charger: true, Box: true), new ReceiptChecklists(depot.Context).Find(receive.Id));
        Assert.Equal(receipt.Checklist, new ReceiptChecklists(depot.Context).Find(receive.Id));
    }

    [Fact]
    public void A_refused_change_inside_a_batch_leaves_the_rest_of_the_batch_intact()
    {
        using var depot = new TestDepot();
        using (var batch = depot.Context.BeginBatch())
        {
            depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
            Assert.Throws<RefusedException>(() => depot.Units.Ship(Imei));
            depot.Units.Intake("490154203237518", new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
            batch.Commit();
        }

        Assert.Equal(2, depot.Context.Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal(2, depot.Context.Read(s => s.Table<EventRow>().Count()));
    }

    [Fact]
    public void A_batch_that_is_not_committed_writes_nothing()
    {
        using var depot = new TestDepot();
        using (depot.Context.BeginBatch())
        {
            depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        }

        Assert.Null(depot.Units.Find(Imei));
    }

    // The snapshot of every row a step writes, the dock's checklists and every counter (unit, report and repeat figures).
    private static string Everything(TestDepot depot) =>
        depot.Snapshot() + depot.Context.Read(s =>
            string.Join("\n", s.Table<ReceiptChecklistRow>().All().Select(r => $"checklist:{r.EventId}"))
            + "\n" + string.Join("\n", s.Counters("").Select(c => $"{c.Key}={c.Value}")));
}
