using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Shell;

public sealed class AppTests
{
    private static AppState On(IScreen screen) => AppState.Open(screen, "tester", "/tmp/x.db");

    private static AppState Press(AppState state, params ConsoleKeyInfo[] keys)
    {
        foreach (var key in keys)
        {
            state = App.Update(state, key).State;
        }

        return state;
    }

    [Fact]
    public void Ctrl_C_quits_from_any_screen_even_with_text_in_the_field()
    {
        var state = Press(On(new ReceiveScreen()), Keys.Char('3'), Keys.Ctrl('c'));
        Assert.True(state.Quit);
    }

    [Fact]
    public void F_keys_jump_to_screens_even_when_a_text_field_has_focus()
    {
        var transition = App.Update(Press(On(new ReceiveScreen()), Keys.Char('3')), Keys.F(4));
        Assert.IsType<RepairsScreen>(transition.State.Top);
        Assert.Contains(transition.Commands, c => c is Depot.Tui.Ui.Commands.LoadBoard);
    }

    [Theory]
    [InlineData('1', typeof(HomeScreen))]
    [InlineData('2', typeof(ReceiveScreen))]
    [InlineData('3', typeof(InspectScreen))]
    [InlineData('4', typeof(RepairsScreen))]
    [InlineData('5', typeof(PoolScreen))]
    [InlineData('6', typeof(UnitScreen))]
    public void Digits_jump_to_screens_when_no_text_field_has_focus(char digit, Type screen) =>
        Assert.IsType(screen, Press(On(new HomeScreen()), Keys.Char(digit)).Top);

    [Fact]
    public void Digits_typed_at_the_dock_are_text_not_screen_jumps()
    {
        var state = Press(On(new ReceiveScreen()), Keys.Char('4'), Keys.Char('1'));
        var dock = Assert.IsType<ReceiveScreen>(state.Top);
        Assert.Equal("41", dock.Scan.Text);
    }

    [Fact]
    public void Esc_goes_back_from_a_sub_screen_and_never_quits()
    {
        var state = On(new HomeScreen()) with { Stack = [new HomeScreen(), UnitScreen.Showing("x")] };
        state = Press(state, Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
        Assert.False(Press(state, Keys.Esc).Quit);
    }

    [Fact]
    public void Esc_on_a_main_screen_goes_home()
    {
        var state = Press(On(new PoolScreen()), Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
        Assert.False(state.Quit);
    }

    [Fact]
    public void q_quits_at_the_top_level_but_not_from_a_sub_screen()
    {
        Assert.True(Press(On(new HomeScreen()), Keys.Char('q')).Quit);
        var sub = On(new HomeScreen()) with { Stack = [new HomeScreen(), UnitScreen.Showing("x")] };
        var after = Press(sub, Keys.Char('q'));
        Assert.False(after.Quit);
        Assert.Contains("Esc", after.Message);
    }

    [Fact]
    public void q_typed_into_a_text_field_is_text()
    {
        var state = Press(On(new UnitScreen()), Keys.Char('q'));
        Assert.False(state.Quit);
        Assert.Equal("q", Assert.IsType<UnitScreen>(state.Top).Find.Text);
    }

    [Fact]
    public void Question_mark_opens_the_help_with_every_binding_and_any_key_closes_it()
    {
        var state = Press(On(new RepairsScreen()), Keys.Char('?'));
        Assert.True(state.HelpOpen);
        var text = UiTestDepot.Render(state, 120, 40);
        foreach (var binding in state.Top.Bindings.Concat(App.GlobalBindings(state)))
        {
            Assert.Contains(binding.Label, text);
        }

        Assert.False(Press(state, Keys.Char('x')).HelpOpen);
    }

    [Fact]
    public void The_footer_shows_the_screens_footer_bindings_and_dims_none_away()
    {
        var state = On(new ReceiveScreen());
        var text = UiTestDepot.Render(state);
        foreach (var binding in state.Top.Bindings.Where(b => b.InFooter))
        {
            Assert.Contains(binding.Label, text);
        }

        Assert.Contains("F2 Receive", text);
    }

    [Fact]
    public void A_disabled_key_says_why_on_the_message_line()
    {
        var state = Press(On(new ReceiveScreen()), Keys.Enter);
        Assert.Contains("scan or type an IMEI", state.Message);
        Assert.Contains("scan or type an IMEI", UiTestDepot.Render(state));
    }
}
