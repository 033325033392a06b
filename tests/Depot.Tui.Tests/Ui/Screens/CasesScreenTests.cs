using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CasesScreenTests
{
    [Fact]
    public void Overdue_case_is_marked_so_it_shows_without_colour_and_o_keeps_only_the_overdue()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var ui = depot.Open(b => new CasesScreen(b), 120, 40);
        var text = ui.Screen();
        Assert.Matches(@"SR-1 .*! Overdue \d+d", text);
        Assert.DoesNotMatch(@"SR-2 .*!", text);
        Assert.Contains("~9495.00 SEK", text);
        ui.Press(Keys.Char('o'));
        Assert.Equal("SR-1", Assert.Single(ui.TopAs<CasesScreen>().Shown).Case.Ticket);
        ui.Press(Keys.Char('o'));
        Assert.Equal(5, ui.TopAs<CasesScreen>().Shown.Count);
    }

    [Fact]
    public void Slash_filters_Esc_clears_and_j_k_r_move_and_refresh()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.F(7), Keys.Char('/')).Type("SR-3").Press(Keys.Enter);
        var cases = ui.TopAs<CasesScreen>();
        Assert.False(cases.Filtering);
        Assert.Equal("SR-3", Assert.Single(cases.Shown).Case.Ticket);
        ui.Press(Keys.Esc);
        Assert.Equal(5, cases.Shown.Count);
        new CaseService(depot.Context).Open("SR-6", "ACME", CaseKind.Repair, new CaseDetails(Customer: "Bo", Fault: "dead"));
        ui.Press(Keys.Char('r'), Keys.Char('j'), Keys.Down, Keys.Char('k'));
        Assert.Equal(6, cases.Shown.Count);
        ui.Press(Keys.Up, Keys.Esc);
        Assert.IsType<HomeScreen>(ui.Top);
    }

    [Fact]
    public void Enter_opens_the_case_with_units_dates_and_diagnosis()
    {
        using var depot = new UiTestDepot();
        new CaseService(depot.Context).OpenWithDevice("SR-7", "ACME", CaseKind.Swap, Imeis.Make(77), "IP15",
            new CaseDetails(Customer: "Cy", Fault: "no sound", Diagnosis: new Dictionary<string, string> { ["sim_removed"] = "yes" }));
        var ui = depot.Open(b => new CasesScreen(b), 120, 40);
        var sr7 = ui.TopAs<CasesScreen>().Shown.ToList().FindIndex(c => c.Case.Ticket == "SR-7");
        ui.Press(Enumerable.Repeat(Keys.Down, sr7).Append(Keys.Enter).ToArray());
        Assert.Equal("SR-7", ui.TopAs<CaseScreen>().Ticket);
        var text = ui.Screen();
        Assert.Contains("sim removed: yes", text);
        Assert.Contains(Imeis.Make(77), text);
        Assert.Contains("no sound", text);
    }

    [Fact]
    public void Reserve_asks_first_picks_the_same_model_first_and_p_ships_after_asking()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var ui = depot.Open(b => new CaseScreen(b, "SR-2"));
        var screen = ui.TopAs<CaseScreen>();
        Assert.Equal("IP14", screen.Pool[^1].ModelSku);
        ui.Press(Keys.Char('p'));
        Assert.Contains("reserve a swap unit first", ui.Message);
        ui.Press(Keys.Down, Keys.Up, Keys.Char('s'));
        Assert.IsType<AskDialog>(ui.Dialog);
        Assert.Contains("Available → Reserved", ui.Screen());
        Assert.Null(screen.Overview!.Swap);
        ui.Press(Keys.Char('y'));
        Assert.Equal(UnitState.Reserved, screen.Overview!.Swap!.State);
        Assert.Contains("reserved for case SR-2", ui.Message);
        ui.Press(Keys.Char('s'));
        Assert.Contains("already Reserved", ui.Message);
        ui.Press(Keys.Char('p'));
        Assert.Equal(UnitState.Reserved, depot.Units.Require(screen.Overview.Swap.Identifier).State);
        ui.Press(Keys.Char('y'));
        Assert.Equal(UnitState.WithUser, depot.Units.Require(screen.Overview.Swap!.Identifier).State);
        Assert.Contains("return due", ui.Message);
        Assert.NotNull(new CaseService(depot.Context).Require("SR-2").DueDate);
    }

    [Fact]
    public void Another_model_is_reserved_only_after_the_substitute_is_confirmed()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var ui = depot.Open(b => new CaseScreen(b, "SR-2")).Press(Keys.Down, Keys.Down, Keys.Down, Keys.Enter);
        Assert.Contains("substitute", ui.Screen());
        ui.Press(Keys.Char('n'));
        Assert.Null(ui.Dialog);
        Assert.Equal(UnitState.Available, depot.Units.Require(CaseStock.Pool(3)).State);
        ui.Press(Keys.Enter, Keys.Char('y'));
        Assert.Equal(UnitState.Reserved, depot.Units.Require(CaseStock.Pool(3)).State);
        Assert.Contains("substitute", ui.Message);
    }

    [Fact]
    public void A_refused_reservation_shows_as_a_message_and_the_screen_stays()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var ui = depot.Open(b => new CaseScreen(b, "SR-2"));
        new CaseService(depot.Context).ReserveSwap("SR-2", CaseStock.Pool(0));
        ui.Press(Keys.Char('s'), Keys.Char('y'));
        Assert.True(ui.MessageIsRefusal);
        Assert.Contains("already has swap unit", ui.Message);
        Assert.IsType<CaseScreen>(ui.Top);
        Assert.Contains("SR-2", ui.Screen());
    }

    [Fact]
    public void A_repair_case_offers_no_swap_and_says_why()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        new CaseService(depot.Context).Open("SR-8", "ACME", CaseKind.Repair, new CaseDetails(Customer: "Di", Fault: "dead"));
        var ui = depot.Open(b => new CaseScreen(b, "SR-8")).Press(Keys.Char('s'));
        Assert.Contains("a repair case gets no swap unit", ui.Message);
    }
}
