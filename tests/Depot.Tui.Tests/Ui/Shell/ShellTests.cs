using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Shell;

public sealed class ShellTests
{
    [Fact]
    public void Ctrl_C_quits_from_any_screen_even_with_text_in_the_field()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Type("3").Press(Keys.Ctrl('c'));
        Assert.True(ui.Shell.Quitting);
    }

    [Fact]
    public void F_keys_jump_to_screens_even_when_a_text_field_has_focus()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Type("3").Press(Keys.F(4));
        Assert.IsType<RepairsScreen>(ui.Top);
    }

    [Theory]
    [InlineData(1, 'H', typeof(HomeScreen))]
    [InlineData(2, 'R', typeof(ReceiveScreen))]
    [InlineData(3, 'I', typeof(InspectScreen))]
    [InlineData(4, 'E', typeof(RepairsScreen))]
    [InlineData(5, 'P', typeof(PoolScreen))]
    [InlineData(6, 'U', typeof(UnitScreen))]
    [InlineData(7, 'C', typeof(CasesScreen))]
    [InlineData(8, 'X', typeof(ExchangeScreen))]
    [InlineData(9, 'T', typeof(ReportsScreen))]
    [InlineData(10, 'N', typeof(CountsScreen))]
    public void F_key_and_letter_jump_to_the_screen(int function, char letter, Type screen)
    {
        using var depot = new UiTestDepot();
        Assert.IsType(screen, depot.Open(b => new HomeScreen(b)).Press(Keys.F(function)).Top);
        var byLetter = depot.Open(b => new PoolScreen(b)).Press(Keys.Char(letter));
        Assert.IsType(screen, byLetter.Top);
    }

    [Fact]
    public void Digits_never_jump_to_a_screen_they_start_a_scan()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new PoolScreen(b)).Press(Keys.Char('3'));
        Assert.IsType<PoolScreen>(ui.Top);
        Assert.Contains("Scan: 3", ui.Screen());
    }

    [Fact]
    public void Digits_typed_at_the_dock_are_text_not_screen_jumps()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b)).Type("41");
        Assert.Equal("41", ui.TopAs<ReceiveScreen>().ScanField.Text);
    }

    [Fact]
    public void Esc_goes_back_to_the_screen_before_and_never_quits()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.F(5), Keys.F(4));
        Assert.IsType<RepairsScreen>(ui.Top);
        ui.Press(Keys.Esc);
        Assert.IsType<PoolScreen>(ui.Top);
        ui.Press(Keys.Esc);
        Assert.IsType<HomeScreen>(ui.Top);
        ui.Press(Keys.Esc);
        Assert.IsType<HomeScreen>(ui.Top);
        Assert.False(ui.Shell.Quitting);
        Assert.Contains("nothing to go back to", ui.Message);
    }

    [Fact]
    public void q_quits_from_a_main_screen_but_not_from_a_sub_screen()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.Enter);
        Assert.IsType<UnitListScreen>(ui.Top);
        ui.Press(Keys.Char('q'));
        Assert.False(ui.Shell.Quitting);
        Assert.Contains("Esc goes back", ui.Message);
        ui.Press(Keys.Esc, Keys.Char('q'));
        Assert.True(ui.Shell.Quitting);
    }

    [Fact]
    public void q_typed_into_a_text_field_is_text()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new UnitScreen(b)).Type("q");
        Assert.False(ui.Shell.Quitting);
        Assert.Equal("q", ui.TopAs<UnitScreen>().ScanField!.Text);
    }

    [Fact]
    public void Question_mark_opens_a_help_that_lists_every_key_scrolls_and_closes_only_with_Esc_q_or_question_mark()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new RepairsScreen(b), 80, 24).Press(Keys.Char('?'));
        var help = Assert.IsType<HelpDialog>(ui.Dialog);
        var text = string.Join("\n", help.Panel.RowsText(76));
        foreach (var binding in ui.Top.Bindings.Concat(ui.Shell.GlobalBindings()))
        {
            Assert.Contains(binding.Label, text);
        }

        ui.Press(Keys.Char('x'), Keys.Down, Keys.PageDown);
        Assert.IsType<HelpDialog>(ui.Dialog);
        Assert.True(help.Panel.Top > 0);
        ui.Press(Keys.End);
        Assert.Contains("opens that unit", ui.Screen());
        ui.Press(Keys.Esc);
        Assert.Null(ui.Dialog);
        Assert.IsType<RepairsScreen>(ui.Top);
    }

    [Fact]
    public void The_status_bar_shows_the_screens_keys_and_a_disabled_key_says_why()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReceiveScreen(b));
        var bottom = ui.Rows()[^1];
        Assert.Contains("Receive", bottom);
        Assert.Contains("^G", bottom);
        ui.Press(Keys.Enter);
        Assert.Contains("scan or type an IMEI", ui.Message);
        Assert.Contains("scan or type an IMEI", ui.Screen());
    }

    [Fact]
    public void The_header_names_the_screen_the_operator_and_the_database_file_at_80_columns()
    {
        using var depot = new UiTestDepot();
        var header = depot.Open(b => new HomeScreen(b)).Rows()[0];
        Assert.StartsWith("Depot ▸ Home", header);
        Assert.Contains("tester", header);
        Assert.Contains(Path.GetFileName(depot.DatabasePath), header);
    }

    [Fact]
    public void A_scan_on_a_screen_without_a_field_opens_the_unit()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new PoolScreen(b)).Scan(UiTestDepot.Announced(2));
        var unit = ui.TopAs<UnitScreen>();
        Assert.Equal(UiTestDepot.Announced(2), unit.Detail!.Unit.Identifier.Value);
    }

    [Fact]
    public void A_scan_of_an_unknown_identifier_on_Pool_neither_navigates_nor_creates_a_unit()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new PoolScreen(b)).Scan("2SN-778899");
        Assert.IsType<PoolScreen>(ui.Top);
        Assert.True(ui.MessageIsRefusal);
        Assert.Contains("no unit with this identifier", ui.Message);
        Assert.Null(depot.Units.Find("2SN-778899"));
        ui.Scan("352985104170663");
        Assert.IsType<PoolScreen>(ui.Top);
    }

    [Fact]
    public void A_scan_that_starts_with_an_action_letter_is_a_scan_not_the_action()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        depot.Units.Inspect(UiTestDepot.Announced(1), InspectionOutcome.NotCovered, NotCoveredReason.Wear, new Depot.Core.Billing.Money(50, "SEK"));
        var ui = depot.Open(b => new RepairsScreen(b)).Scan("D2SN-1234");
        Assert.Null(ui.Dialog);
        Assert.Equal(UnitState.AwaitingApproval, depot.Units.Require(UiTestDepot.Announced(1)).State);
        Assert.Contains("no unit with this identifier", ui.Message);
    }

    [Fact]
    public void Esc_drops_a_scan_being_typed_by_hand()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new PoolScreen(b)).Type("3529").Press(Keys.Esc);
        Assert.IsType<PoolScreen>(ui.Top);
        Assert.Contains("scan dropped", ui.Message);
        Assert.DoesNotContain("Scan: 3529", ui.Screen());
    }

    [Fact]
    public void A_pasted_list_of_identifiers_is_received_line_by_line()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.F(2)).Paste($"{UiTestDepot.Announced(1)}\n{UiTestDepot.Announced(2)}\n");
        Assert.Equal(2, ui.TopAs<ReceiveScreen>().Sitting.Lines.Count);
        Assert.Equal(UnitState.Received, depot.Units.Require(UiTestDepot.Announced(2)).State);
    }

    [Fact]
    public void Without_colour_no_colour_code_is_written_and_the_selection_is_in_reverse_video()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new PoolScreen(b), look: Depot.Tui.Ui.Widgets.Look.Mono);
        Assert.Contains("ACME", ui.Screen());
        var ansi = ui.Ansi();
        // 39 and 49 put the terminal's own colours back; no code may set a colour.
        Assert.DoesNotMatch(@"\u001b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m", ansi);
        Assert.Matches(@"\u001b\[(?:[0-9]+;)*7(?:;[0-9]+)*m", ansi);
    }
}
