using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Terminal;

namespace Depot.Tui.Tests.Ui.Shell;

public sealed class BenchLoopTests
{
    [Fact]
    public void Unchanged_frames_are_not_written_again_and_a_resize_redraws_at_the_new_size()
    {
        using var depot = new UiTestDepot();
        var terminal = new RecordingTerminal(80, 24);
        var loop = new BenchLoop(depot.Context, new ScriptedKeys([]), terminal);
        var state = loop.Start(AppState.Open(new HomeScreen(), "tester", "x.db"));
        loop.Draw(state);
        loop.Draw(state);
        Assert.Single(terminal.Writes);
        terminal.Size = (120, 40);
        loop.Draw(state);
        Assert.Equal(2, terminal.Writes.Count);
        Assert.Equal(40, terminal.Writes[^1].Split("\r\n").Length);
    }

    [Fact]
    public void A_frame_goes_home_and_overwrites_every_line_without_clearing_or_scrolling()
    {
        var frame = FrameRenderer.ForTerminal("one\ntwo\n", 4);
        Assert.StartsWith("\u001b[H", frame);
        Assert.DoesNotContain("\u001b[2J", frame);
        Assert.Equal(4, frame.Split("\r\n").Length);
        Assert.False(frame.EndsWith('\n'));
        Assert.Equal(4, frame.Split("\u001b[K").Length - 1);
    }

    [Fact]
    public void Without_colour_the_frame_has_no_colour_codes()
    {
        using var depot = new UiTestDepot();
        var state = depot.Open(new PoolScreen());
        var text = FrameRenderer.Render(AppView.View(state, 80, 24), 80, 24, ansi: true, color: false);
        Assert.DoesNotContain("\u001b[32m", text);
        Assert.DoesNotContain("\u001b[38;5;", text);
        Assert.Contains("ACME", text);
    }
}
