using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class HomeAndPoolScreenTests
{
    [Fact]
    public void Home_shows_counts_waiting_longest_below_target_and_todays_receipts()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        var text = UiTestDepot.Render(depot.Open(new HomeScreen()), 120, 40);
        Assert.Matches(@"Announced\s+4", text);
        Assert.Matches(@"Received\s+1", text);
        Assert.Contains("ACME", text);
        Assert.Contains("short", text);
        Assert.Contains(UiTestDepot.Announced(1), text);
    }

    [Fact]
    public void Home_Enter_opens_the_list_behind_the_line_and_r_refreshes()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(new HomeScreen());
        depot.Units.Receive(UiTestDepot.Announced(2));
        state = depot.Press(state, Keys.Char('r'));
        var home = (HomeScreen)state.Top;
        Assert.Contains(home.Items, i => i.Text.StartsWith("Received", StringComparison.Ordinal));
        state = depot.Press(state, Keys.Down, Keys.Char('j'), Keys.Char('k'));
        Assert.Equal(1, ((HomeScreen)state.Top).Cursor.Index);
        state = depot.Press(state, Keys.Up, Keys.Enter);
        var list = Assert.IsType<UnitListScreen>(state.Top);
        Assert.Equal(UnitState.Announced, list.Filter.State);
        Assert.Equal(4, list.Units!.Count);
        state = depot.Press(state, Keys.Enter);
        Assert.IsType<UnitScreen>(state.Top);
        state = depot.Press(state, Keys.Esc, Keys.Char('r'), Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
    }

    [Fact]
    public void Pool_draws_each_owner_against_target_and_Enter_lists_the_shelf()
    {
        using var depot = new UiTestDepot();
        depot.Units.Intake(Imeis.Make(500), new UnitDetails("ACME", "IP15"));
        var state = depot.Open(new PoolScreen());
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Contains("ACME", text);
        Assert.Contains("█", text);
        Assert.Contains("░", text);
        state = depot.Press(state, Keys.Char('j'), Keys.Char('r'), Keys.Down, Keys.Up, Keys.Enter);
        var list = Assert.IsType<UnitListScreen>(state.Top);
        Assert.Equal("ACME", list.Filter.OwnerCode);
        Assert.Equal(Imeis.Make(500), Assert.Single(list.Units!).Identifier.Value);
    }
}
