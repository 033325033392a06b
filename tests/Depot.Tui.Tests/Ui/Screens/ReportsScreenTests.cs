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
        var ui = depot.Open(b => new ReportsScreen(b), 120, 40);
        var screen = ui.TopAs<ReportsScreen>();
        Assert.Equal("ACME", screen.Owner);
        Assert.Equal(5, screen.Rows!.Sum(r => r.CasesOpened));
        Assert.Equal("2026-12", screen.Month!.Month);
        var text = ui.Screen();
        Assert.Matches(@"2026-11 +█+·*\s+5", text);
        Assert.Contains("No fault found", text);
        ui.Press(Keys.Char('k'), Keys.Up);
        Assert.Equal("2026-11", screen.Month!.Month);
        ui.Press(Keys.Char('j'), Keys.Down, Keys.Char('t'));
        text = ui.Screen();
        Assert.Contains("SR-1", text);
        Assert.Contains("9495.00 SEK", text);
        Assert.Contains("! out", text);
        ui.Press(Keys.Char('t'));
        Assert.False(screen.ShowingReturns);
    }

    [Fact]
    public void Left_and_right_pick_the_owner_and_with_one_owner_say_why_not()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReportsScreen(b)).Press(Keys.Char('l'));
        Assert.Contains("only one owner", ui.Message);
        new Catalog(depot.Context).AddOwner("BETA", "Beta AB", 10);
        ui.Press(Keys.Char('r'), Keys.Char('l'));
        var screen = ui.TopAs<ReportsScreen>();
        Assert.Equal("BETA", screen.Owner);
        Assert.Contains("BETA has no cases yet", ui.Screen());
        ui.Press(Keys.Char('h'));
        Assert.Equal("ACME", screen.Owner);
        ui.Press(Keys.Left);
        Assert.Equal("BETA", screen.Owner);
        ui.Press(Keys.Right);
        Assert.Equal("ACME", screen.Owner);
    }
}
