using Depot.Core.Owners;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class ReportsScreenTests
{
    [Fact]
    public void Shows_cases_per_month_and_the_late_returns_with_their_cost()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var state = depot.Open(new ReportsScreen());
        var screen = (ReportsScreen)state.Top;
        Assert.Equal("ACME", screen.Owner);
        Assert.Equal(5, screen.Rows!.Sum(r => r.CasesOpened));
        Assert.Equal("2026-12", screen.Month!.Month);
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Matches(@"2026-11 █+\s+5", text);
        Assert.Contains("No fault found", text);
        state = depot.Press(state, Keys.Char('k'), Keys.Up);
        Assert.Equal("2026-11", ((ReportsScreen)state.Top).Month!.Month);
        state = depot.Press(state, Keys.Char('j'), Keys.Down);
        state = depot.Press(state, Keys.Char('t'));
        text = UiTestDepot.Render(state);
        Assert.Contains("SR-1", text);
        Assert.Contains("9495.00 SEK", text);
        Assert.Contains("! out", text);
        state = depot.Press(state, Keys.Char('t'));
        Assert.False(((ReportsScreen)state.Top).ShowingReturns);
    }

    [Fact]
    public void Left_and_right_pick_the_owner_and_with_one_owner_say_why_not()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new ReportsScreen()), Keys.Char('l'));
        Assert.Contains("only one owner", state.Message);
        new Catalog(depot.Context).AddOwner("BETA", "Beta AB", 10);
        state = depot.Press(state, Keys.Char('r'), Keys.Char('l'));
        Assert.Equal("BETA", ((ReportsScreen)state.Top).Owner);
        Assert.Contains("BETA has no cases yet", UiTestDepot.Render(state));
        state = depot.Press(state, Keys.Char('h'));
        Assert.Equal("ACME", ((ReportsScreen)state.Top).Owner);
        state = depot.Press(state, new ConsoleKeyInfo('\0', ConsoleKey.LeftArrow, false, false, false));
        Assert.Equal("BETA", ((ReportsScreen)state.Top).Owner);
    }
}
