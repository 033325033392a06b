using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class RepairsScreenTests
{
    // SR-1 awaiting approval, SR-2 awaiting repair, SR-3 at a partner, SR-4 in quality check.
    private static (UiTestDepot Depot, AppState State) Board()
    {
        var depot = new UiTestDepot();
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
        return (depot, depot.Open(new RepairsScreen()));
    }

    private static AppState Select(UiTestDepot depot, AppState state, int announced) =>
        depot.Press(state, [Keys.Char('/')], Keys.Text(UiTestDepot.Announced(announced)), [Keys.Enter]);

    [Fact]
    public void Shows_the_four_stages_with_partner_and_owner()
    {
        var (depot, state) = Board();
        using var _ = depot;
        var text = UiTestDepot.Render(state, 120, 40);
        foreach (var s in new[] { "AwaitingApproval", "AwaitingRepair", "AtPartner", "QualityCheck", "NORDREP", "ACME" })
        {
            Assert.Contains(s, text);
        }
    }

    [Fact]
    public void Only_permitted_triggers_are_enabled_and_a_disabled_key_says_why()
    {
        var (depot, state) = Board();
        using var _ = depot;
        state = Select(depot, state, 4);
        var screen = (RepairsScreen)state.Top;
        Assert.Equal(UiTestDepot.Announced(4), screen.Selected!.Unit.Identifier.Value);
        var enabled = screen.Bindings.Where(b => b.Enabled).Select(b => b.Command).ToHashSet();
        Assert.Contains("pass", enabled);
        Assert.Contains("fail", enabled);
        Assert.DoesNotContain("approve", enabled);
        state = depot.Press(state, Keys.Char('a'));
        Assert.Contains("Approve is not permitted from QualityCheck", state.Message);
        Assert.Equal(UnitState.QualityCheck, depot.Units.Require(UiTestDepot.Announced(4)).State);
    }

    [Theory]
    [InlineData(1, 'a', UnitState.AwaitingRepair)]
    [InlineData(1, 'd', UnitState.Returning)]
    [InlineData(4, 'p', UnitState.Available)]
    [InlineData(4, 'f', UnitState.AwaitingRepair)]
    public void Single_key_actions_go_through_the_lifecycle(int announced, char key, UnitState expected)
    {
        var (depot, state) = Board();
        using var _ = depot;
        state = depot.Press(Select(depot, state, announced), Keys.Char(key));
        Assert.Equal(expected, depot.Units.Require(UiTestDepot.Announced(announced)).State);
        Assert.Contains("→", state.Message);
    }

    [Fact]
    public void Send_to_partner_asks_for_the_partner()
    {
        var (depot, state) = Board();
        using var _ = depot;
        state = depot.Press(Select(depot, state, 2), [Keys.Char('s')], Keys.Text("BOARDLAB"), [Keys.Enter]);
        Assert.Equal(UnitState.AtPartner, depot.Units.Require(UiTestDepot.Announced(2)).State);
        Assert.Contains("BOARDLAB", UiTestDepot.Render(state, 120, 40));
    }

    [Theory]
    [InlineData('r', UnitState.QualityCheck)]
    [InlineData('n', UnitState.QualityCheck)]
    [InlineData('b', UnitState.Scrapped)]
    public void Partner_result_with_one_key(char key, UnitState expected)
    {
        var (depot, state) = Board();
        using var _ = depot;
        depot.Press(Select(depot, state, 3), Keys.Char('r'), Keys.Char(key));
        Assert.Equal(expected, depot.Units.Require(UiTestDepot.Announced(3)).State);
    }

    [Fact]
    public void Partner_quote_needed_asks_for_the_amount()
    {
        var (depot, state) = Board();
        using var _ = depot;
        depot.Press(Select(depot, state, 3), [Keys.Char('r'), Keys.Char('q')], Keys.Text("99"), [Keys.Enter]);
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(3)).State);
    }

    [Fact]
    public void Esc_cancels_a_prompt_then_clears_the_filter_then_goes_back()
    {
        var (depot, state) = Board();
        using var _ = depot;
        state = depot.Press(Select(depot, state, 2), Keys.Char('s'), Keys.Esc);
        Assert.Null(((RepairsScreen)state.Top).Prompt);
        Assert.Single(((RepairsScreen)state.Top).Visible);
        state = depot.Press(state, Keys.Esc);
        Assert.Equal(4, ((RepairsScreen)state.Top).Visible.Count);
        state = depot.Press(state, Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
    }

    [Fact]
    public void Arrows_j_k_move_and_Enter_opens_the_unit()
    {
        var (depot, state) = Board();
        using var _ = depot;
        state = depot.Press(state, Keys.Char('j'), Keys.Down, Keys.Char('k'));
        Assert.Equal(1, ((RepairsScreen)state.Top).Cursor.Index);
        state = depot.Press(state, Keys.Up, Keys.Enter);
        var unit = Assert.IsType<UnitScreen>(state.Top);
        Assert.NotNull(unit.Detail);
    }
}
