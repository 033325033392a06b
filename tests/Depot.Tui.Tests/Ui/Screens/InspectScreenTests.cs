using Depot.Core.Billing;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class InspectScreenTests
{
    private static UiSession Received(UiTestDepot depot, params int[] announced)
    {
        foreach (var i in announced)
        {
            depot.Units.Receive(UiTestDepot.Announced(i));
        }

        return depot.Open(b => new InspectScreen(b));
    }

    [Fact]
    public void A_repeat_repair_says_so_with_the_repair_it_came_back_inside_of()
    {
        using var depot = new UiTestDepot();
        var id = RepairedUnit.Add(depot);
        depot.Units.Receive(id);

        var ui = depot.Open(b => new InspectScreen(b)).Scan(id);

        Assert.Equal(id, ui.TopAs<InspectScreen>().Target!.Unit.Identifier.Value);
        var text = ui.Screen();
        Assert.Contains("Coverage: repair warranty until 2027-02-18", text);
        Assert.Contains("Repeat repair: repaired by NORDREP on 2026-11-20, repair warranty", text);
    }

    [Fact]
    public void Lists_the_received_units()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1, 2);
        Assert.Equal(2, ui.TopAs<InspectScreen>().Received!.Count);
        Assert.Contains(UiTestDepot.Announced(2), ui.Screen());
    }

    [Fact]
    public void Not_covered_asks_reason_and_quote_then_records_it()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1).Scan(UiTestDepot.Announced(1));
        Assert.NotNull(ui.TopAs<InspectScreen>().Target);
        Assert.Contains("screen cracked 1", ui.Screen());
        ui.Press(Keys.Char('x'));
        Assert.IsType<AskDialog>(ui.Dialog);
        Assert.Contains("AwaitingApproval", ui.Screen());
        ui.Type("l").Press(Keys.Enter).Type("120.50").Press(Keys.Enter).Type("wet inside").Press(Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(1));
        Assert.Equal(UnitState.AwaitingApproval, unit.State);
        var inspect = depot.Units.History(unit.Id)[^1];
        Assert.Equal("120.50 SEK", inspect.Details["quote"]);
        Assert.Equal("Liquid", inspect.Details["reason"]);
        Assert.Equal("wet inside", inspect.Details["note"]);
        Assert.Null(ui.TopAs<InspectScreen>().Target);
        Assert.Contains("inspected", ui.Message);
    }

    [Theory]
    [InlineData('n', UnitState.QualityCheck)]
    [InlineData('c', UnitState.AwaitingRepair)]
    [InlineData('b', UnitState.Scrapped)]
    public void One_key_outcomes_for_the_selected_unit_after_a_note(char key, UnitState expected)
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 2).Press(Keys.Enter, Keys.Char(key));
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(2)).State);
        ui.Press(Keys.Enter);
        Assert.Equal(expected, depot.Units.Require(UiTestDepot.Announced(2)).State);
    }

    [Fact]
    public void Covered_fault_on_a_unit_nothing_covers_is_warned_about_first()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1).Press(Keys.Enter, Keys.Char('c'));
        Assert.Contains("Nothing covers this unit today", ui.Screen());
    }

    [Fact]
    public void Not_covered_on_a_covered_unit_is_confirmed_on_screen_and_recorded_as_confirmed()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        new VoucherService(depot.Context).Register("V-1", UiTestDepot.Announced(1), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 15));
        var ui = depot.Open(b => new InspectScreen(b), 120, 40).Press(Keys.Enter, Keys.Char('x'));
        Assert.Contains("This unit is covered today", ui.Screen());
        ui.Type("c").Press(Keys.Enter).Type("80").Press(Keys.Enter, Keys.Enter);
        var unit = depot.Units.Require(UiTestDepot.Announced(1));
        Assert.Equal(UnitState.AwaitingApproval, unit.State);
        Assert.Equal("true", depot.Units.History(unit.Id)[^1].Details["confirmed_not_covered"]);
    }

    [Fact]
    public void A_bad_quote_says_why_and_the_question_stays()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1).Press(Keys.Enter, Keys.Char('x')).Type("c").Press(Keys.Enter).Type("abc").Press(Keys.Enter, Keys.Enter);
        Assert.IsType<AskDialog>(ui.Dialog);
        Assert.StartsWith("Quote:", ui.Message);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
    }

    [Fact]
    public void Esc_steps_back_without_changing_anything()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1).Press(Keys.Enter, Keys.Char('n'), Keys.Esc);
        Assert.Null(ui.Dialog);
        Assert.NotNull(ui.TopAs<InspectScreen>().Target);
        ui.Press(Keys.Esc);
        Assert.Null(ui.TopAs<InspectScreen>().Target);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(1)).State);
        ui.Press(Keys.Esc);
        Assert.IsType<InspectScreen>(ui.Top);
    }

    [Fact]
    public void A_unit_not_received_is_not_taken_and_the_reason_shows()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot).Scan(UiTestDepot.Announced(3));
        Assert.Null(ui.TopAs<InspectScreen>().Target);
        Assert.Contains("Inspect is not permitted from Announced", ui.Message);
    }

    [Fact]
    public void Arrows_move_the_selection_while_the_scan_field_keeps_focus()
    {
        using var depot = new UiTestDepot();
        var ui = Received(depot, 1, 2).Press(Keys.Down);
        var screen = ui.TopAs<InspectScreen>();
        Assert.Equal(1, screen.List.SelectedIndex);
        Assert.Same(screen.ScanField, screen.FocusedField);
        ui.Press(Keys.Enter);
        Assert.Equal(screen.Received![1].Identifier, screen.Target!.Unit.Identifier);
    }
}
