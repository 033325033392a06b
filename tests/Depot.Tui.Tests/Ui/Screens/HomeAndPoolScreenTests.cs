using System.Text.RegularExpressions;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
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
        var text = depot.Open(b => new HomeScreen(b), 120, 40).Screen();
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
        var ui = depot.Open(b => new HomeScreen(b));
        depot.Units.Receive(UiTestDepot.Announced(2));
        ui.Press(Keys.Char('r'));
        var home = ui.TopAs<HomeScreen>();
        Assert.Contains(home.Items, i => i.Text.StartsWith("Received", StringComparison.Ordinal));
        ui.Press(Keys.Down, Keys.Char('j'), Keys.Char('k'));
        Assert.Equal(1, home.Selection);
        ui.Press(Keys.Up, Keys.Enter);
        var list = ui.TopAs<UnitListScreen>();
        Assert.Equal(UnitState.Announced, list.Filter.State);
        Assert.Equal(4, list.Units!.Count);
        ui.Press(Keys.Enter);
        Assert.IsType<UnitScreen>(ui.Top);
        ui.Press(Keys.Esc, Keys.Char('r'), Keys.Esc);
        Assert.IsType<HomeScreen>(ui.Top);
    }

    [Fact]
    public void Home_keeps_its_follow_up_lines_when_a_busy_day_fills_the_receipts()
    {
        using var depot = new UiTestDepot();
        for (var i = 0; i < 40; i++)
        {
            depot.Units.Receive(Imeis.Make(3000 + i));
        }

        new CountService(depot.Context).Start(CountScope.Owner, "ACME");
        var text = depot.Open(b => new HomeScreen(b), 80, 24).Screen();
        Assert.Contains("To follow up", text);
        Assert.Matches(@"Open count sessions\s+1", text);
        Assert.Contains("40 today; Enter lists all Received", text);
    }

    [Fact]
    public void The_first_home_frame_shows_the_counts_and_the_slow_lines_come_after_it()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        Depot.Tui.Ui.Shell.Bench? bench = null;
        var ui = depot.Open(b => new HomeScreen(bench = b), 120, 40);
        Assert.Matches(@"Overdue cases\s+1 !", ui.Screen());

        // A Home just loaded, before its later reads ran: the counts, and "…" where the rest will be.
        var first = new HomeScreen(bench!);
        first.Load();
        Assert.Contains(first.Items, i => i.Section == "Units by state");
        Assert.Contains(first.Items, i => i.Section == "Below pool target" && i.Text == "reading …");
        Assert.Contains(first.Items, i => i.Text.StartsWith("… today", StringComparison.Ordinal));
        Assert.Contains(first.Items, i => i.Text.StartsWith("Overdue cases         …", StringComparison.Ordinal));

        // A refresh keeps the figures on screen until they are read again.
        var home = ui.TopAs<HomeScreen>();
        home.Load();
        Assert.Contains(home.Items, i => Regex.IsMatch(i.Text, @"Overdue cases\s+1 !"));
        Assert.DoesNotContain(home.Items, i => i.Text.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void Home_lines_open_the_overdue_cases_and_the_open_count_sessions()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var ui = depot.Open(b => new HomeScreen(b));
        var home = ui.TopAs<HomeScreen>();
        var overdue = home.Items.ToList().FindIndex(i => i.Text.StartsWith("Overdue cases", StringComparison.Ordinal));
        Assert.Matches(@"Overdue cases\s+1 !", home.Items[overdue].Text);
        ui.Press(Enumerable.Repeat(Keys.Down, overdue).Append(Keys.Enter).ToArray());
        var cases = ui.TopAs<CasesScreen>();
        Assert.True(cases.OverdueOnly);
        Assert.Equal("SR-1", Assert.Single(cases.Shown).Case.Ticket);
        ui.Press(Keys.Esc, Keys.Down, Keys.Enter);
        var counts = ui.TopAs<CountsScreen>();
        Assert.Equal("A-01", Assert.Single(counts.Sessions!).Target);
    }

    [Fact]
    public void Pool_draws_each_owner_against_target_and_Enter_lists_the_shelf()
    {
        using var depot = new UiTestDepot();
        depot.Units.Intake(Imeis.Make(500), new UnitDetails("ACME", "IP15"));
        var ui = depot.Open(b => new PoolScreen(b), 120, 40);
        var text = ui.Screen();
        Assert.Contains("ACME", text);
        Assert.Contains("█", text);
        Assert.Contains("░", text);
        ui.Press(Keys.Char('j'), Keys.Char('r'), Keys.Down, Keys.Up, Keys.Enter);
        var list = ui.TopAs<UnitListScreen>();
        Assert.Equal("ACME", list.Filter.OwnerCode);
        Assert.Equal(Imeis.Make(500), Assert.Single(list.Units!).Identifier.Value);
    }
}
