using Depot.Core;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Terminal;

/// <summary>
/// The outer loop, the only place with side effects: draws a frame when it changed, takes keys,
/// updates the state and runs the commands against the depot.
/// </summary>
internal sealed class BenchLoop(DepotContext depot, IKeySource keys, ITerminal terminal)
{
    // Keys already queued (a scanner's burst) are all taken before the next frame, up to this many.
    private const int KeysPerFrame = 64;

    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(100);

    private readonly Queue<Command> _afterFrame = new();
    private string? _lastFrame;
    private AppState? _lastState;
    private (int Width, int Height) _lastSize;

    /// <summary>How many frames were written (unchanged frames are skipped).</summary>
    public int FramesWritten { get; private set; }

    public AppState Run(AppState state)
    {
        state = Start(state);
        while (!state.Quit)
        {
            Draw(state);
            if (_afterFrame.Count > 0)
            {
                state = RunAfterFrame(state);
                continue;
            }

            if (!keys.TryTake(Idle, out var key))
            {
                continue;
            }

            var taken = 0;
            do
            {
                state = Press(state, key);
            }
            while (!state.Quit && ++taken < KeysPerFrame && keys.TryTake(TimeSpan.Zero, out key));
        }

        return state;
    }

    /// <summary>One key: the pure update, then its commands against the depot.</summary>
    public AppState Press(AppState state, ConsoleKeyInfo key) => RunAll(App.Update(state, key));

    /// <summary>Opens the first screen: runs what it loads.</summary>
    public AppState Start(AppState state) => RunAll(App.Start(state));

    public void Draw(AppState state)
    {
        var size = terminal.Size;
        if (ReferenceEquals(state, _lastState) && size == _lastSize)
        {
            return;
        }

        _lastState = state;
        _lastSize = size;
        var (width, height) = size;
        var text = FrameRenderer.Render(AppView.View(state, width, height), width, height, ansi: true, color: terminal.Color);
        var frame = FrameRenderer.ForTerminal(text, height);
        if (frame != _lastFrame)
        {
            terminal.Write(frame);
            _lastFrame = frame;
            FramesWritten++;
        }
    }

    /// <summary>Runs the slow reads held back until a frame was drawn.</summary>
    public AppState RunAfterFrame(AppState state)
    {
        var ready = _afterFrame.ToArray();
        _afterFrame.Clear();
        foreach (var command in ready)
        {
            state = RunAll(App.Handle(state, command.Execute(depot)));
        }

        return state;
    }

    private AppState RunAll(Transition transition)
    {
        var state = transition.State;
        var pending = new Queue<Command>(transition.Commands);
        while (pending.TryDequeue(out var command))
        {
            if (command.AfterFrame)
            {
                _afterFrame.Enqueue(command);
                continue;
            }

            var next = App.Handle(state, command.Execute(depot));
            state = next.State;
            foreach (var more in next.Commands)
            {
                pending.Enqueue(more);
            }
        }

        return state;
    }
}
