using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class UnitScreenTests
{
    [Fact]
    public void Finds_a_unit_and_shows_identity_state_permitted_actions_and_timeline()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        var state = depot.Press(depot.Open(new UnitScreen()), Keys.Text(UiTestDepot.Announced(1)), [Keys.Enter]);
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Contains(UiTestDepot.Announced(1), text);
        Assert.Contains("Received", text);
        Assert.Contains("Permitted Inspect", text);
        Assert.Contains("Announce", text);
        Assert.Contains("SR-1", text);
    }

    [Fact]
    public void An_unknown_identifier_is_refused_on_the_message_line_and_the_field_stays()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new UnitScreen()), Keys.Text(Imeis.Make(777)), [Keys.Enter]);
        Assert.Contains("no unit with this identifier", state.Message);
        Assert.True(((UnitScreen)state.Top).Finding);
    }

    [Fact]
    public void Scrap_asks_for_a_reason_and_a_confirmation()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1)));
        state = depot.Press(state, [Keys.Char('x')], Keys.Text("crushed"), [Keys.Enter]);
        Assert.Contains("y/n", UiTestDepot.Render(state));
        Assert.Equal(UnitState.Announced, depot.Units.Require(UiTestDepot.Announced(1)).State);
        state = depot.Press(state, Keys.Char('y'));
        Assert.Equal(UnitState.Scrapped, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Contains("Scrapped", UiTestDepot.Render(state));
    }

    [Fact]
    public void Mark_lost_can_be_cancelled_with_n()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1)));
        state = depot.Press(state, [Keys.Char('l')], Keys.Text("gone"), [Keys.Enter, Keys.Char('n')]);
        Assert.Equal(UnitState.Announced, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Contains("nothing changed", state.Message);
    }

    [Fact]
    public void A_destructive_key_without_a_reason_says_why()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1))), Keys.Char('l'), Keys.Enter);
        Assert.Contains("give the reason", state.Message);
    }

    [Fact]
    public void Scrap_is_disabled_when_the_lifecycle_does_not_permit_it()
    {
        using var depot = new UiTestDepot();
        depot.Units.Scrap(UiTestDepot.Announced(1), "broken");
        var state = depot.Press(depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1))), Keys.Char('x'));
        Assert.Contains("Scrap is not permitted from Scrapped", state.Message);
    }

    [Fact]
    public void Slash_finds_another_and_arrows_scroll_the_timeline()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        var state = depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1)));
        state = depot.Press(state, Keys.Down);
        Assert.Equal(1, ((UnitScreen)state.Top).Scroll);
        state = depot.Press(state, Keys.Char('k'));
        Assert.Equal(0, ((UnitScreen)state.Top).Scroll);
        state = depot.Press(state, Keys.Char('/'));
        Assert.True(((UnitScreen)state.Top).Finding);
        state = depot.Press(state, Keys.Text(UiTestDepot.Announced(2)), [Keys.Enter]);
        Assert.Equal(UiTestDepot.Announced(2), ((UnitScreen)state.Top).Detail!.Unit.Identifier.Value);
    }
}
