using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>Home's follow-up lines, the new screens' F-keys and digits, and their help.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public void Home_lines_open_the_overdue_cases_and_the_open_count_sessions()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var state = depot.Open(new HomeScreen());
        var home = (HomeScreen)state.Top;
        var overdue = home.Items.ToList().FindIndex(i => i.Text.StartsWith("Overdue cases", StringComparison.Ordinal));
        Assert.Matches(@"Overdue cases\s+1 !", home.Items[overdue].Text);
        state = depot.Press(state, Enumerable.Repeat(Keys.Down, overdue).Append(Keys.Enter).ToArray());
        var cases = Assert.IsType<CasesScreen>(state.Top);
        Assert.True(cases.OverdueOnly);
        Assert.Equal("SR-1", Assert.Single(cases.Visible).Case.Ticket);
        state = depot.Press(state, Keys.Esc, Keys.Down, Keys.Enter);
        var counts = Assert.IsType<CountsScreen>(state.Top);
        Assert.Equal("A-01", Assert.Single(counts.Sessions!).Target);
    }

    [Fact]
    public void The_first_home_frame_shows_the_counts_and_the_slow_follow_up_lines_come_after_it()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);

        var first = depot.Loop.Start(AppState.Open(new HomeScreen(), "tester", "db"));
        var firstFrame = UiTestDepot.Render(first, 120, 40);
        Assert.Contains("Units by state", firstFrame);
        Assert.Contains("Overdue cases         …", firstFrame);

        var after = depot.Loop.RunAfterFrame(first);
        Assert.Matches(@"Overdue cases\s+1 !", UiTestDepot.Render(after, 120, 40));
    }

    [Theory]
    [InlineData(7, '7', typeof(CasesScreen))]
    [InlineData(8, '8', typeof(ExchangeScreen))]
    [InlineData(9, '9', typeof(ReportsScreen))]
    [InlineData(10, '0', typeof(CountsScreen))]
    public void F_key_and_digit_jump_to_the_screen(int function, char digit, Type screen)
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new HomeScreen()), Keys.F(function));
        Assert.IsType(screen, state.Top);
        state = depot.Press(depot.Open(new HomeScreen()), Keys.Char(digit));
        Assert.IsType(screen, state.Top);
    }

    [Fact]
    public void Help_lists_the_count_keys_the_footer_shows_including_why_one_is_disabled()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var state = depot.Press(depot.Open(new CountScreen(session.Id)), Keys.Tab);
        var footer = UiTestDepot.Render(state, 120, 40).TrimEnd('\n').Split('\n')[^2];
        state = depot.Press(state, Keys.Char('?'));
        var help = UiTestDepot.Render(state, 120, 40);
        foreach (var binding in state.Top.Bindings.Where(b => b.InFooter && footer.Contains(b.Label, StringComparison.Ordinal)))
        {
            Assert.Contains(binding.Label, help);
        }

        Assert.Contains("Mark lost", footer);
        Assert.DoesNotContain("Found", footer);
        Assert.Contains("Found (not for this difference)", help);
        Assert.Contains("End count", help);
        Assert.Contains("still open", help);
        Assert.Contains("F10/0", help);
    }

    [Fact]
    public void Without_colour_the_selected_case_is_in_reverse_video_and_the_overdue_one_has_its_marker()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var state = depot.Press(depot.Open(new CasesScreen()), Keys.Char('o'));
        var frame = Depot.Tui.Ui.Rendering.FrameRenderer.Render(AppView.View(state, 80, 24), 80, 24, ansi: true, color: false);
        var row = frame.Split('\n').Single(l => l.Contains("SR-1", StringComparison.Ordinal));
        Assert.Contains("\u001b[7m", row);
        Assert.Contains("! late", row);
        Assert.DoesNotContain("\u001b[3", row);
    }
}
