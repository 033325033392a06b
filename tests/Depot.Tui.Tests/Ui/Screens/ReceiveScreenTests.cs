using Depot.Core;
using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Storage;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class ReceiveScreenTests
{
    [Fact]
    public void Scan_and_Enter_receives_with_the_ticked_checklist_and_clears_the_field()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Press(Keys.Ctrl('g')).Type(UiTestDepot.Announced(1)).Press(Keys.Enter);
        var dock = ui.TopAs<ReceiveScreen>();
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.True(dock.Sitting.Last!.Checklist.Charger);
        Assert.Equal("", dock.ScanField.Text);
    }

    [Fact]
    public void A_unit_back_inside_its_repair_warranty_is_received_as_a_repeat_repair()
    {
        using var depot = new UiTestDepot();
        var id = RepairedUnit.Add(depot);

        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(id);

        var dock = ui.TopAs<ReceiveScreen>();
        Assert.Equal(NoticeKind.RepeatRepair, dock.Sitting.NoticeKind);
        var text = ui.Screen();
        Assert.Contains($"{id}: received: REPEAT REPAIR (NORDREP 2026-11-20).", text);
        Assert.Contains("Coverage repair warranty until 2027-02-18", text);
    }

    [Theory]
    [InlineData('g', "Charger")]
    [InlineData('l', "Cable")]
    [InlineData('x', "Box")]
    [InlineData('t', "SimRemoved")]
    public void Checklist_keys_toggle_the_next_units_checklist(char letter, string item)
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Press(Keys.Ctrl(letter));
        var sitting = ui.TopAs<ReceiveScreen>().Sitting;
        Assert.True((bool)typeof(ReceiptChecklist).GetProperty(item)!.GetValue(sitting.Pending)!);
        ui.Press(Keys.Ctrl(letter));
        Assert.Equal(ReceiptChecklist.Nothing, sitting.Pending);
    }

    [Fact]
    public void Backspace_and_ctrl_u_edit_the_scan()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Type("1234").Press(Keys.Backspace);
        Assert.Equal("123", ui.TopAs<ReceiveScreen>().ScanField.Text);
        ui.Press(Keys.Ctrl('u'));
        Assert.Equal("", ui.TopAs<ReceiveScreen>().ScanField.Text);
    }

    [Fact]
    public void Receiving_an_announced_unit_shows_owner_model_case_fault_and_coverage()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(UiTestDepot.Announced(1));
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
        var text = ui.Screen();
        Assert.Contains("received for case SR-1", text);
        Assert.Contains("ACME", text);
        Assert.Contains("IP15", text);
        Assert.Contains("screen cracked 1", text);
        Assert.Contains("Coverage not covered", text);
        Assert.Contains("This sitting: 1 scanned", text);
        Assert.Matches(@"2026-11-20 09:00 +" + UiTestDepot.Announced(1) + @" +Received +ACME +IP15 +SR-1", text);
    }

    [Fact]
    public void Ticking_after_the_scan_stores_the_checklist_with_the_receipt()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(UiTestDepot.Announced(2)).Press(Keys.Ctrl('t'), Keys.Ctrl('x'));
        var last = ui.TopAs<ReceiveScreen>().Sitting.Last!;
        Assert.Equal(new ReceiptChecklist(Box: true, SimRemoved: true), new ReceiptChecklists(depot.Context).Find(last.Event.Id));
    }

    [Fact]
    public void Ticking_before_the_scan_is_stored_with_the_next_receipt()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Press(Keys.Ctrl('g'), Keys.Ctrl('l')).Scan(UiTestDepot.Announced(3));
        var sitting = ui.TopAs<ReceiveScreen>().Sitting;
        Assert.Equal(new ReceiptChecklist(Charger: true, Cable: true), new ReceiptChecklists(depot.Context).Find(sitting.Last!.Event.Id));
        Assert.Equal(ReceiptChecklist.Nothing, sitting.Pending);
    }

    [Fact]
    public void Unknown_identifier_goes_to_quarantine_with_a_visible_notice()
    {
        using var depot = new UiTestDepot();
        var unknown = Imeis.Make(900);
        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(unknown);
        Assert.Equal(UnitState.Quarantine, depot.Units.Require(unknown).State);
        Assert.Contains("Quarantine", ui.Screen());
        Assert.Equal(NoticeKind.Quarantined, ui.TopAs<ReceiveScreen>().Sitting.NoticeKind);
    }

    [Fact]
    public void A_unit_scanned_twice_says_so_and_changes_nothing()
    {
        using var depot = new UiTestDepot();
        var imei = UiTestDepot.Announced(4);
        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(imei);
        var version = depot.Units.Require(imei).Version;
        ui.Scan(imei);
        Assert.Equal(version, depot.Units.Require(imei).Version);
        Assert.Contains("already", ui.Screen());
        Assert.Equal(NoticeKind.Twice, ui.TopAs<ReceiveScreen>().Sitting.NoticeKind);
        Assert.Single(ui.TopAs<ReceiveScreen>().Sitting.Lines);
    }

    [Fact]
    public void A_quarantined_unit_scanned_twice_says_so_and_changes_nothing()
    {
        using var depot = new UiTestDepot();
        var unknown = Imeis.Make(901);
        var ui = depot.Open(b => new ReceiveScreen(b), 120, 24).Scan(unknown);
        var version = depot.Units.Require(unknown).Version;

        ui.Scan(unknown);

        Assert.Equal(version, depot.Units.Require(unknown).Version);
        Assert.Equal(NoticeKind.Twice, ui.TopAs<ReceiveScreen>().Sitting.NoticeKind);
        Assert.Contains($"{unknown}: already in Quarantine since 2026-11-20 09:00; nothing changed.", ui.Screen());
    }

    [Fact]
    public void A_receipt_whose_checklist_cannot_be_saved_is_refused_on_screen_and_nothing_is_received()
    {
        using var depot = new UiTestDepot();
        var imei = UiTestDepot.Announced(1);
        using var failing = new DepotContext(new FaultyStore<ReceiptChecklistRow>(depot.Context.Store), depot.DatabasePath, "tester", depot.Clock);
        using var ui = new UiSession(failing, b => new ReceiveScreen(b), 120, 24);

        ui.Press(Keys.Ctrl('g')).Scan(imei);

        var sitting = ui.TopAs<ReceiveScreen>().Sitting;
        Assert.Equal(NoticeKind.Refused, sitting.NoticeKind);
        Assert.Contains($"{imei}: not received: {FaultyTable<ReceiptChecklistRow>.Refusal}", ui.Screen());
        Assert.Null(sitting.Last);
        Assert.Empty(sitting.Lines);
        Assert.Equal(UnitState.Announced, depot.Units.Require(imei).State);
        Assert.Equal([Trigger.Announce], depot.Units.History(depot.Units.Require(imei).Id).Select(e => e.Trigger));
        // The ticked checklist waits for the scan to be tried again.
        Assert.True(sitting.Pending.Charger);
    }

    [Fact]
    public void A_bad_imei_shows_the_reason_and_keeps_the_field_ready()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b), 120, 40).Scan(Imeis.Broken(5));
        var dock = ui.TopAs<ReceiveScreen>();
        Assert.Equal("", dock.ScanField.Text);
        Assert.Equal(NoticeKind.Refused, dock.Sitting.NoticeKind);
        Assert.Contains("check digit", ui.Screen());
        ui.Scan(UiTestDepot.Announced(5));
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(5)).State);
    }

    [Fact]
    public void A_scanner_burst_is_received_in_order_with_nothing_lost()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b));
        foreach (var i in Enumerable.Range(1, 5))
        {
            ui.Scan(UiTestDepot.Announced(i));
        }

        var dock = ui.TopAs<ReceiveScreen>();
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(UiTestDepot.Announced), dock.Sitting.Lines.Select(l => l.Identifier));
        Assert.All(Enumerable.Range(1, 5), i => Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(i)).State));
    }

    [Fact]
    public void The_sitting_is_kept_when_the_dock_is_left_and_opened_again()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Scan(UiTestDepot.Announced(1)).Press(Keys.F(5), Keys.F(2));
        Assert.Single(ui.TopAs<ReceiveScreen>().Sitting.Lines);
        Assert.Contains("This sitting: 1 scanned", ui.Screen());
    }
}
