using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class RepairsScreenTests
{
    // SR-1 awaiting approval, SR-2 awaiting repair, SR-3 at a partner, SR-4 in quality check.
    private static UiSession Board(UiTestDepot depot, int width = 80, int height = 24)
    {
        Setup(depot);
        return depot.Open(b => new RepairsScreen(b), width, height);
    }

    private static void Setup(UiTestDepot depot)
    {
        var units = depot.Units;
        for (var i = 1; i <= 4; i++)
        {
            units.Receive(UiTestDepot.Announced(i));
        }

        units.Inspect(UiTestDepot.Announced(1), InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(50, "SEK"));
        units.Inspect(UiTestDepot.Announced(2), InspectionOutcome.CoveredFault);
        units.Inspect(UiTestDepot.Announced(3), InspectionOutcome.CoveredFault);
        units.SendToPartner(UiTestDepot.Announced(3), "NORDREP");
        units.Inspect(UiTestDepot.Announced(4), InspectionOutcome.NoFaultFound);
    }

    private static UiSession Select(UiSession ui, int announced) =>
        ui.Press(Keys.Char('/')).Type(UiTestDepot.Announced(announced)).Press(Keys.Enter);

    [Fact]
    public void Shows_the_four_stages_with_partner_and_owner()
    {
        using var depot = new UiTestDepot();
        var text = Board(depot, 120, 40).Screen();
        foreach (var s in new[] { "AwaitingApproval", "AwaitingRepair", "AtPartner", "QualityCheck", "NORDREP", "ACME" })
        {
            Assert.Contains(s, text);
        }
    }

    [Fact]
    public void Only_permitted_triggers_are_enabled_and_a_disabled_key_says_why()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot), 4);
        var screen = ui.TopAs<RepairsScreen>();
        Assert.Equal(UiTestDepot.Announced(4), screen.Selected!.Unit.Identifier.Value);
        var enabled = screen.Bindings.Where(b => b.Enabled).Select(b => b.Label).ToHashSet();
        Assert.Contains("Pass QC", enabled);
        Assert.Contains("Fail QC", enabled);
        Assert.DoesNotContain("Approve", enabled);
        ui.Press(Keys.Char('a'));
        Assert.Contains("Approve is not permitted from QualityCheck", ui.Message);
        Assert.Null(ui.Dialog);
        Assert.Equal(UnitState.QualityCheck, depot.Units.Require(UiTestDepot.Announced(4)).State);
    }

    [Fact]
    public void Decline_asks_first_and_says_what_it_charges()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1", CaseStock.Pool(0));
        cases.ShipSwap("SR-1");
        var ui = Select(Board(depot), 1).Press(Keys.Char('d'));
        Assert.IsType<AskDialog>(ui.Dialog);
        var text = ui.Screen();
        Assert.Contains("20.00 EUR", text);
        Assert.Contains("9495.00 SEK", text);
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(1)).State);
        ui.Press(Keys.Char('n'));
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Empty(cases.Overview("SR-1").Charges);
        ui.Press(Keys.Char('d'), Keys.Char('y'));
        Assert.Equal(UnitState.Returning, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Equal(2, cases.Overview("SR-1").Charges.Count);
        Assert.Contains("Decline → Returning", ui.Message);
    }

    [Fact]
    public void Approve_asks_first_with_the_quote_it_charges()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot), 1).Press(Keys.Char('a'));
        Assert.Contains("50.00 SEK", ui.Screen());
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(1)).State);
        ui.Press(Keys.Char('y'));
        Assert.Equal(UnitState.AwaitingRepair, depot.Units.Require(UiTestDepot.Announced(1)).State);
    }

    [Fact]
    public void Pass_QC_back_to_the_pool_asks_for_grade_and_bin_and_shelves_the_unit()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot), 4).Press(Keys.Char('p'));
        Assert.Contains("Available in ACME's pool", ui.Screen());
        Assert.Equal(UnitState.QualityCheck, depot.Units.Require(UiTestDepot.Announced(4)).State);
        ui.Press(Keys.Ctrl('u')).Type("B").Press(Keys.Enter).Type("A-07").Press(Keys.Enter, Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(4));
        Assert.Equal(UnitState.Available, unit.State);
        Assert.Equal("B", unit.Grade);
        Assert.Equal("A-07", unit.Bin);
    }

    [Fact]
    public void Fail_QC_asks_what_failed()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot), 4).Press(Keys.Char('f')).Type("no sound").Press(Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(4));
        Assert.Equal(UnitState.AwaitingRepair, unit.State);
        Assert.Equal("no sound", depot.Units.History(unit.Id)[^1].Details["note"]);
    }

    [Fact]
    public void Send_to_partner_asks_for_the_partner()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot, 120, 40), 2).Press(Keys.Char('s')).Type("BOARDLAB").Press(Keys.Enter, Keys.Enter);
        Assert.Equal(UnitState.AtPartner, depot.Units.Require(UiTestDepot.Announced(2)).State);
        Assert.Contains("BOARDLAB", ui.Screen());
    }

    [Fact]
    public void Send_to_partner_lists_the_known_partners_and_refuses_an_unknown_one()
    {
        using var depot = new UiTestDepot();
        var ui = Select(Board(depot, 120, 40), 2).Press(Keys.Char('s'));
        Assert.Contains("Partners: BOARDLAB, FIXIT, NORDREP", ui.Screen());

        ui.Type("NOPE").Press(Keys.Enter, Keys.Enter);

        Assert.Equal(UnitState.AwaitingRepair, depot.Units.Require(UiTestDepot.Announced(2)).State);
        Assert.Contains("no repair partner \"NOPE\" (known: BOARDLAB, FIXIT, NORDREP)", ui.Screen());
    }

    [Theory]
    [InlineData("r", UnitState.QualityCheck)]
    [InlineData("n", UnitState.QualityCheck)]
    [InlineData("b", UnitState.Scrapped)]
    public void Partner_result(string result, UnitState expected)
    {
        using var depot = new UiTestDepot();
        Select(Board(depot), 3).Press(Keys.Char('r')).Type(result).Press(Keys.Enter, Keys.Enter, Keys.Enter, Keys.Enter);
        Assert.Equal(expected, depot.Units.Require(UiTestDepot.Announced(3)).State);
    }

    [Fact]
    public void Partner_result_with_a_board_swap_takes_the_new_imei()
    {
        using var depot = new UiTestDepot();
        var fresh = Imeis.Make(4242);
        Select(Board(depot), 3).Press(Keys.Char('r')).Type("r").Press(Keys.Enter).Type(fresh).Press(Keys.Enter, Keys.Enter).Type("board swapped").Press(Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(3));
        Assert.Equal(fresh, unit.Identifier.Value);
        Assert.Equal(UnitState.QualityCheck, unit.State);
    }

    [Fact]
    public void Partner_quote_needed_takes_the_amount()
    {
        using var depot = new UiTestDepot();
        Select(Board(depot), 3).Press(Keys.Char('r')).Type("q").Press(Keys.Enter, Keys.Enter).Type("99").Press(Keys.Enter, Keys.Enter);
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(3)).State);
    }

    [Fact]
    public void Esc_cancels_a_question_then_clears_the_filter_then_goes_back()
    {
        using var depot = new UiTestDepot();
        Setup(depot);
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.F(4));
        Select(ui, 2).Press(Keys.Char('s'), Keys.Esc);
        Assert.Null(ui.Dialog);
        Assert.Single(ui.TopAs<RepairsScreen>().Shown);
        ui.Press(Keys.Esc);
        Assert.Equal(4, ui.TopAs<RepairsScreen>().Shown.Count);
        ui.Press(Keys.Esc);
        Assert.IsType<HomeScreen>(ui.Top);
    }

    [Fact]
    public void Arrows_j_k_move_and_Enter_opens_the_unit()
    {
        using var depot = new UiTestDepot();
        var ui = Board(depot).Press(Keys.Char('j'), Keys.Down, Keys.Char('k'));
        Assert.Equal(1, ui.TopAs<RepairsScreen>().Board.SelectedIndex);
        ui.Press(Keys.Up, Keys.Enter);
        Assert.NotNull(ui.TopAs<UnitScreen>().Detail);
    }
}
