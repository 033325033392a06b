using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class InspectScreenTests
{
    private static (UiTestDepot Depot, Depot.Tui.Ui.Shell.AppState State) Received(params int[] announced)
    {
        var depot = new UiTestDepot();
        foreach (var i in announced)
        {
            depot.Units.Receive(UiTestDepot.Announced(i));
        }

        return (depot, depot.Open(new InspectScreen()));
    }

    [Fact]
    public void Lists_the_received_units()
    {
        var (depot, state) = Received(1, 2);
        using var _ = depot;
        var screen = Assert.IsType<InspectScreen>(state.Top);
        Assert.Equal(2, screen.Received!.Count);
        Assert.Contains(UiTestDepot.Announced(2), UiTestDepot.Render(state));
    }

    [Fact]
    public void Not_covered_asks_reason_and_quote_then_records_it()
    {
        var (depot, state) = Received(1);
        using var _ = depot;
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(1)), [Keys.Enter]);
        Assert.Equal(InspectPhase.Outcome, ((InspectScreen)state.Top).Phase);
        Assert.Contains("screen cracked 1", UiTestDepot.Render(state));
        state = depot.Press(state, Keys.Char('x'));
        Assert.Equal(InspectPhase.Reason, ((InspectScreen)state.Top).Phase);
        state = depot.Press(state, Keys.Char('l'));
        Assert.Equal(NotCoveredReason.Liquid, ((InspectScreen)state.Top).Reason);
        state = depot.Press(state, Keys.Text("120.50"), [Keys.Enter], Keys.Text("wet inside"), [Keys.Enter]);
        Assert.Equal(InspectPhase.Confirm, ((InspectScreen)state.Top).Phase);
        Assert.Contains("Enter confirms", UiTestDepot.Render(state));
        state = depot.Press(state, Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(1));
        Assert.Equal(UnitState.AwaitingApproval, unit.State);
        var inspect = depot.Units.History(unit.Id)[^1];
        Assert.Equal("120.50 SEK", inspect.Details["quote"]);
        Assert.Equal("Liquid", inspect.Details["reason"]);
        Assert.Equal("wet inside", inspect.Details["note"]);
        Assert.Equal(InspectPhase.Pick, ((InspectScreen)state.Top).Phase);
        Assert.Contains("inspected", state.Message);
    }

    [Theory]
    [InlineData('n', UnitState.QualityCheck)]
    [InlineData('c', UnitState.AwaitingRepair)]
    [InlineData('b', UnitState.Scrapped)]
    public void Single_key_outcomes_from_the_selected_unit(char key, UnitState expected)
    {
        var (depot, state) = Received(2);
        using var _ = depot;
        state = depot.Press(state, Keys.Enter, Keys.Char(key), Keys.Enter, Keys.Enter);
        Assert.Equal(expected, depot.Units.Require(UiTestDepot.Announced(2)).State);
    }

    [Fact]
    public void A_bad_quote_says_why_and_stays()
    {
        var (depot, state) = Received(1);
        using var _ = depot;
        state = depot.Press(state, [Keys.Enter, Keys.Char('x'), Keys.Char('c')], Keys.Text("abc"), [Keys.Enter]);
        Assert.Equal(InspectPhase.Quote, ((InspectScreen)state.Top).Phase);
        Assert.StartsWith("Quote:", state.Message);
    }

    [Fact]
    public void Esc_and_n_step_back_through_the_form_without_changing_anything()
    {
        var (depot, state) = Received(1);
        using var _ = depot;
        state = depot.Press(state, Keys.Enter, Keys.Char('n'), Keys.Enter, Keys.Char('n'));
        Assert.Equal(InspectPhase.Outcome, ((InspectScreen)state.Top).Phase);
        state = depot.Press(state, Keys.Esc);
        Assert.Equal(InspectPhase.Pick, ((InspectScreen)state.Top).Phase);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
    }

    [Fact]
    public void A_unit_not_received_is_not_taken_and_the_reason_shows()
    {
        var (depot, state) = Received();
        using var _ = depot;
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(3)), [Keys.Enter]);
        Assert.Equal(InspectPhase.Pick, ((InspectScreen)state.Top).Phase);
        Assert.Contains("Inspect is not permitted from Announced", state.Message);
    }

    [Fact]
    public void Arrows_move_the_selection_and_Enter_finds_that_unit()
    {
        var screen = new InspectScreen
        {
            Received = [Unit(1), Unit(2)],
            Cursor = new Depot.Tui.Ui.Widgets.ListCursor(0, 2),
        };
        screen = (InspectScreen)screen.Update(Keys.Down)!.Screen;
        Assert.Equal(1, screen.Cursor.Index);
        var find = Assert.IsType<FindUnit>(Assert.Single(screen.Update(Keys.Enter)!.Commands));
        Assert.Equal(UiTestDepot.Announced(2), find.Text);
        Assert.Equal(0, ((InspectScreen)screen.Update(Keys.Up)!.Screen).Cursor.Index);
    }

    private static Unit Unit(int i) => new(i, Depot.Core.Identifiers.UnitIdentifier.Parse(UiTestDepot.Announced(i)), "ACME", "IP15", UnitState.Received,
        "A", null, null, null, null, false, 1, UiTestDepot.Start);
}
