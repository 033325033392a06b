using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class UnitScreenTests
{
    [Fact]
    public void Finds_a_unit_and_shows_identity_state_permitted_actions_and_timeline()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        var ui = depot.Open(b => new UnitScreen(b), 120, 40).Type(UiTestDepot.Announced(1)).Press(Keys.Enter);
        var text = ui.Screen();
        Assert.Contains(UiTestDepot.Announced(1), text);
        Assert.Contains("Received", text);
        Assert.Contains("Permitted Inspect", text);
        Assert.Contains("Announce", text);
        Assert.Contains("SR-1", text);
    }

    [Fact]
    public void The_timeline_is_one_readable_line_per_event_with_date_time_trigger_states_and_operator()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        depot.Units.Inspect(UiTestDepot.Announced(1), InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Depot.Core.Billing.Money(120, "SEK"), "wet inside the frame, corrosion on the board connector");
        foreach (var (width, height) in new[] { (80, 24), (120, 40) })
        {
            var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(1)), width, height);
            var text = ui.Screen();
            // Details come in key order, the same on every engine.
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, @"2026-11-20 09:00 Inspect Received → AwaitingApproval by tester · coverage:"), text);
            Assert.Matches(@"outcome:\s+NotCovered", text);
            Assert.Matches(@"2026-11-20 09:00 Receive Announced → Received by tester case SR-1", text);
            Assert.Matches(@"2026-11-20 09:00 Announce new → Announced by tester", text);
            Assert.Contains("corrosion", text);
            Assert.All(ui.Rows(), r => Assert.True(r.Length <= width));
        }
    }

    [Fact]
    public void An_unknown_identifier_is_refused_and_no_earlier_unit_stays_on_screen()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(2))).Press(Keys.Char('/')).Type(Imeis.Make(777)).Press(Keys.Enter);
        Assert.Contains("no unit with this identifier", ui.Message);
        var unit = ui.TopAs<UnitScreen>();
        Assert.True(unit.Finding);
        Assert.Null(unit.Detail);
        Assert.DoesNotContain(UiTestDepot.Announced(2), ui.Screen());
    }

    [Fact]
    public void Scrap_asks_for_a_reason_says_what_it_does_and_then_does_it()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(1))).Press(Keys.Char('x'));
        Assert.Contains("to Scrapped, for good", ui.Screen());
        ui.Press(Keys.Enter);
        Assert.Contains("give the reason", ui.Message);
        Assert.Equal(UnitState.Announced, depot.Units.Require(UiTestDepot.Announced(1)).State);
        ui.Type("crushed").Press(Keys.Enter);
        Assert.Equal(UnitState.Scrapped, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Contains("Scrapped", ui.Screen());
    }

    [Fact]
    public void Mark_lost_can_be_cancelled_with_Esc()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(1))).Press(Keys.Char('l')).Type("gone").Press(Keys.Esc);
        Assert.Equal(UnitState.Announced, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Contains("nothing changed", ui.Message);
        Assert.Null(ui.Dialog);
    }

    [Fact]
    public void Scrap_is_disabled_when_the_lifecycle_does_not_permit_it()
    {
        using var depot = new UiTestDepot();
        depot.Units.Scrap(UiTestDepot.Announced(1), "broken");
        var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(1))).Press(Keys.Char('x'));
        Assert.Contains("Scrap is not permitted from Scrapped", ui.Message);
        Assert.Null(ui.Dialog);
    }

    [Fact]
    public void Slash_finds_another_and_the_keys_scroll_the_timeline()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        depot.Units.Scrap(UiTestDepot.Announced(1), "dropped in the lift shaft");

        var ui = depot.Open(b => UnitScreen.Showing(b, UiTestDepot.Announced(1)), 80, 10);
        var unit = ui.TopAs<UnitScreen>();
        ui.Press(Keys.Down);
        Assert.Equal(1, unit.Timeline.Top);
        ui.Press(Keys.Char('k'));
        Assert.Equal(0, unit.Timeline.Top);
        ui.Press(Keys.End, Keys.Home, Keys.PageDown, Keys.PageUp, Keys.Char('G'), Keys.Char('g'));
        Assert.Equal(0, unit.Timeline.Top);
        ui.Press(Keys.Char('/'));
        Assert.True(unit.Finding);
        ui.Type(UiTestDepot.Announced(2)).Press(Keys.Enter);
        Assert.Equal(UiTestDepot.Announced(2), unit.Detail!.Unit.Identifier.Value);
    }

    [Fact]
    public void User_data_with_markup_characters_is_shown_as_typed()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new UnitScreen(b)).Type("[red]x_y[/]");
        Assert.Contains("[red]x_y[/]", ui.Screen());
    }
}
