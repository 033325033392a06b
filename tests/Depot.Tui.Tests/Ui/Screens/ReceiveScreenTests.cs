using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Terminal;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class ReceiveScreenTests
{
    private static ReceiveScreen Type(ReceiveScreen screen, string text) =>
        Keys.Text(text).Aggregate(screen, (s, k) => (ReceiveScreen)s.Update(k)!.Screen);

    [Fact]
    public void Scan_and_Enter_asks_to_receive_with_the_ticked_checklist_and_clears_the_field()
    {
        var screen = Type(new ReceiveScreen(), "356938035643809");
        screen = (ReceiveScreen)screen.Update(Keys.Ctrl('g'))!.Screen;
        var step = screen.Update(Keys.Enter)!;
        var command = Assert.IsType<ReceiveScan>(Assert.Single(step.Commands));
        Assert.Equal("356938035643809", command.Scan);
        Assert.True(command.Checklist.Charger);
        Assert.True(((ReceiveScreen)step.Screen).Scan.IsEmpty);
    }

    [Theory]
    [InlineData('g', "Charger")]
    [InlineData('l', "Cable")]
    [InlineData('x', "Box")]
    [InlineData('t', "SimRemoved")]
    public void Checklist_keys_toggle_the_next_units_checklist(char letter, string item)
    {
        var once = (ReceiveScreen)new ReceiveScreen().Update(Keys.Ctrl(letter))!.Screen;
        Assert.True((bool)typeof(ReceiptChecklist).GetProperty(item)!.GetValue(once.Pending)!);
        var twice = (ReceiveScreen)once.Update(Keys.Ctrl(letter))!.Screen;
        Assert.Equal(ReceiptChecklist.Nothing, twice.Pending);
    }

    [Fact]
    public void Backspace_and_ctrl_u_edit_the_scan()
    {
        var screen = Type(new ReceiveScreen(), "1234");
        screen = (ReceiveScreen)screen.Update(Keys.Backspace)!.Screen;
        Assert.Equal("123", screen.Scan.Text);
        screen = (ReceiveScreen)screen.Update(Keys.Ctrl('u'))!.Screen;
        Assert.True(screen.Scan.IsEmpty);
    }

    [Fact]
    public void Receiving_an_announced_unit_shows_owner_model_case_fault_and_coverage()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(new ReceiveScreen());
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(1)), [Keys.Enter]);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
        var text = UiTestDepot.Render(state);
        Assert.Contains("received for case SR-1", text);
        Assert.Contains("ACME", text);
        Assert.Contains("IP15", text);
        Assert.Contains("screen cracked 1", text);
        Assert.Contains("Coverage not covered", text);
        Assert.Contains("This sitting: 1 scanned", text);
    }

    [Fact]
    public void Ticking_after_the_scan_stores_the_checklist_with_the_receipt()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(new ReceiveScreen());
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(2)), [Keys.Enter, Keys.Ctrl('t'), Keys.Ctrl('x')]);
        var dock = Assert.IsType<ReceiveScreen>(state.Top);
        var stored = new ReceiptChecklists(depot.Context).Find(dock.Last!.Event.Id);
        Assert.Equal(new ReceiptChecklist(Box: true, SimRemoved: true), stored);
    }

    [Fact]
    public void Ticking_before_the_scan_is_stored_with_the_next_receipt()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(new ReceiveScreen());
        state = depot.Press(state, [Keys.Ctrl('g'), Keys.Ctrl('l')], Keys.Text(UiTestDepot.Announced(3)), [Keys.Enter]);
        var dock = Assert.IsType<ReceiveScreen>(state.Top);
        Assert.Equal(new ReceiptChecklist(Charger: true, Cable: true), new ReceiptChecklists(depot.Context).Find(dock.Last!.Event.Id));
        Assert.Equal(ReceiptChecklist.Nothing, dock.Pending);
    }

    [Fact]
    public void Unknown_identifier_goes_to_quarantine_with_a_visible_notice()
    {
        using var depot = new UiTestDepot();
        var unknown = Imeis.Make(900);
        var state = depot.Press(depot.Open(new ReceiveScreen()), Keys.Text(unknown), [Keys.Enter]);
        Assert.Equal(UnitState.Quarantine, depot.Units.Require(unknown).State);
        Assert.Contains("Quarantine", UiTestDepot.Render(state));
        Assert.Equal(NoticeKind.Quarantined, ((ReceiveScreen)state.Top).NoticeKind);
    }

    [Fact]
    public void A_unit_scanned_twice_says_so_and_changes_nothing()
    {
        using var depot = new UiTestDepot();
        var imei = UiTestDepot.Announced(4);
        var state = depot.Press(depot.Open(new ReceiveScreen()), Keys.Text(imei), [Keys.Enter]);
        var version = depot.Units.Require(imei).Version;
        state = depot.Press(state, Keys.Text(imei), [Keys.Enter]);
        Assert.Equal(version, depot.Units.Require(imei).Version);
        Assert.Contains("already received", UiTestDepot.Render(state));
        Assert.Equal(NoticeKind.Twice, ((ReceiveScreen)state.Top).NoticeKind);
        Assert.Single(((ReceiveScreen)state.Top).Sitting);
    }

    [Fact]
    public void A_bad_imei_shows_the_reason_and_keeps_the_field_ready()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new ReceiveScreen()), Keys.Text(Imeis.Broken(5)), [Keys.Enter]);
        var dock = Assert.IsType<ReceiveScreen>(state.Top);
        Assert.True(dock.Scan.IsEmpty);
        Assert.Equal(NoticeKind.Refused, dock.NoticeKind);
        Assert.Contains("check digit", UiTestDepot.Render(state, 120, 40));
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(5)), [Keys.Enter]);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(5)).State);
    }

    [Fact]
    public void A_scanner_burst_typed_ahead_is_received_in_order_with_nothing_lost()
    {
        using var depot = new UiTestDepot();
        var burst = Enumerable.Range(1, 5).SelectMany(i => Keys.Text(UiTestDepot.Announced(i)).Append(Keys.Enter)).Append(Keys.Ctrl('c'));
        var terminal = new RecordingTerminal(80, 24);
        var loop = new BenchLoop(depot.Context, new ScriptedKeys(burst), terminal);
        var final = loop.Run(AppState.Open(new ReceiveScreen(), "tester", "x.db"));
        var dock = Assert.IsType<ReceiveScreen>(final.Top);
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(UiTestDepot.Announced), dock.Sitting.Select(l => l.Identifier));
        Assert.All(Enumerable.Range(1, 5), i => Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(i)).State));
        Assert.True(final.Quit);
    }
}
