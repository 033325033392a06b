using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CasesScreenTests
{
    [Fact]
    public void Overdue_case_is_marked_so_it_shows_without_colour_and_o_keeps_only_the_overdue()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var state = depot.Open(new CasesScreen());
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Matches(@"SR-1 .*! Overdue \d+d", text);
        Assert.DoesNotMatch(@"SR-2 .*!", text);
        Assert.Contains("7995.00 SEK", text.Replace("9495.00 SEK", "7995.00 SEK", StringComparison.Ordinal));
        state = depot.Press(state, Keys.Char('o'));
        var cases = (CasesScreen)state.Top;
        Assert.Equal("SR-1", Assert.Single(cases.Visible).Case.Ticket);
        state = depot.Press(state, Keys.Char('o'));
        Assert.Equal(5, ((CasesScreen)state.Top).Visible.Count);
    }

    [Fact]
    public void Slash_filters_Esc_clears_and_j_k_r_move_and_refresh()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CasesScreen()), [Keys.Char('/')], Keys.Text("SR-3"), [Keys.Enter]);
        var cases = (CasesScreen)state.Top;
        Assert.False(cases.Filtering);
        Assert.Equal("SR-3", Assert.Single(cases.Visible).Case.Ticket);
        state = depot.Press(state, Keys.Esc);
        Assert.Equal(5, ((CasesScreen)state.Top).Visible.Count);
        new CaseService(depot.Context).Open("SR-6", "ACME", CaseKind.Repair, new CaseDetails(Customer: "Bo", Fault: "dead"));
        state = depot.Press(state, Keys.Char('r'), Keys.Char('j'), Keys.Down, Keys.Char('k'));
        cases = (CasesScreen)state.Top;
        Assert.Equal(6, cases.Visible.Count);
        Assert.Equal(1, cases.Cursor.Index);
        state = depot.Press(state, Keys.Up, Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
    }

    [Fact]
    public void Enter_opens_the_case_with_units_dates_and_diagnosis()
    {
        using var depot = new UiTestDepot();
        new CaseService(depot.Context).OpenWithDevice("SR-7", "ACME", CaseKind.Swap, Imeis.Make(77), "IP15",
            new CaseDetails(Customer: "Cy", Fault: "no sound", Diagnosis: new Dictionary<string, string> { ["sim_removed"] = "yes" }));
        var state = depot.Press(depot.Open(new CasesScreen()), Keys.Enter);
        var screen = Assert.IsType<CaseScreen>(state.Top);
        Assert.Equal("SR-7", screen.Ticket);
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Contains("sim removed: yes", text);
        Assert.Contains(Imeis.Make(77), text);
        Assert.Contains("no sound", text);
    }

    [Fact]
    public void Reserve_picks_the_same_model_first_and_p_ships_it()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var state = depot.Open(new CaseScreen("SR-2"));
        var screen = (CaseScreen)state.Top;
        Assert.Equal("IP14", screen.Pool[^1].ModelSku);
        state = depot.Press(state, Keys.Char('p'));
        Assert.Contains("reserve a swap unit first", state.Message);
        state = depot.Press(state, Keys.Down, Keys.Up, Keys.Char('s'));
        screen = (CaseScreen)state.Top;
        Assert.Equal(UnitState.Reserved, screen.Overview!.Swap!.State);
        Assert.Contains("reserved for case SR-2", state.Message);
        state = depot.Press(state, Keys.Char('s'));
        Assert.Contains("already Reserved", state.Message);
        state = depot.Press(state, Keys.Char('p'));
        Assert.Equal(UnitState.WithUser, depot.Units.Require(screen.Overview.Swap.Identifier).State);
        Assert.Contains("return due", state.Message);
        Assert.NotNull(new CaseService(depot.Context).Require("SR-2").DueDate);
    }

    [Fact]
    public void Another_model_is_reserved_only_after_the_substitute_is_confirmed()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var state = depot.Open(new CaseScreen("SR-2"));
        state = depot.Press(state, Keys.Down, Keys.Down, Keys.Down, Keys.Enter);
        var screen = (CaseScreen)state.Top;
        Assert.Equal(CaseStock.Pool(3), screen.Substituting!.Identifier.Value);
        Assert.Contains("substitute", UiTestDepot.Render(state));
        state = depot.Press(state, Keys.Char('n'));
        Assert.Null(((CaseScreen)state.Top).Substituting);
        Assert.Equal(UnitState.Available, depot.Units.Require(CaseStock.Pool(3)).State);
        state = depot.Press(state, Keys.Enter, Keys.Char('y'));
        Assert.Equal(UnitState.Reserved, depot.Units.Require(CaseStock.Pool(3)).State);
        Assert.Contains("substitute", state.Message);
    }

    [Fact]
    public void A_refused_reservation_shows_as_a_message_and_the_screen_stays()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var state = depot.Open(new CaseScreen("SR-2"));
        new CaseService(depot.Context).ReserveSwap("SR-2", CaseStock.Pool(0));
        state = depot.Press(state, Keys.Char('s'));
        Assert.True(state.MessageIsRefusal);
        Assert.Contains("already has swap unit", state.Message);
        Assert.IsType<CaseScreen>(state.Top);
        Assert.Contains("SR-2", UiTestDepot.Render(state));
    }

    [Fact]
    public void A_repair_case_offers_no_swap_and_says_why()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        new CaseService(depot.Context).Open("SR-8", "ACME", CaseKind.Repair, new CaseDetails(Customer: "Di", Fault: "dead"));
        var state = depot.Press(depot.Open(new CaseScreen("SR-8")), Keys.Char('s'));
        Assert.Contains("a repair case gets no swap unit", state.Message);
    }
}
