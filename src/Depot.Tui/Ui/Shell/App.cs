using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// The shell around the screens, pure: Ctrl+C quits, F-keys (and their digits when no text field has
/// focus) jump to screens, the top screen gets the key next, then Esc goes back, q quits at the top
/// level and ? opens the help.
/// </summary>
internal static class App
{
    public static readonly Chord CtrlC = Chord.Control('c');

    /// <summary>The keys that work on every screen, as data; the footer and the help show them.</summary>
    public static IReadOnlyList<KeyBinding> GlobalBindings(AppState state) =>
    [
        .. ScreenRegistry.All.Select(e => new KeyBinding("screen:" + e.Name, e.Name, [Chord.Of(e.FunctionKey, $"F{e.FunctionKey - ConsoleKey.F1 + 1}"), Chord.Of(e.Digit)])),
        new KeyBinding("help", "Help", Chord.Of('?')),
        new KeyBinding("back", "Back", KeyBindings.Escape).DisabledWhen(state.AtTopLevel && state.Top is HomeScreen, "Home is the first screen; there is nothing to go back to"),
        new KeyBinding("quit", "Quit", Chord.Of('q')).DisabledWhen(!state.AtTopLevel, "q quits from a main screen; Esc goes back first"),
        new KeyBinding("quit", "Quit now, from anywhere", CtrlC, inFooter: false),
    ];

    public static Transition Start(AppState state) => new(state, state.Top.Load());

    public static Transition Update(AppState state, ConsoleKeyInfo key)
    {
        if (CtrlC.Matches(key))
        {
            return new(state with { Quit = true }, []);
        }

        if (state.HelpOpen)
        {
            return new(state with { HelpOpen = false }, []);
        }

        state = state with { Message = null, MessageIsRefusal = false };
        if (ScreenRegistry.All.FirstOrDefault(e => e.FunctionKey == key.Key) is { } byFunctionKey)
        {
            return Jump(state, byFunctionKey);
        }

        if (state.Top.Update(key) is { } step)
        {
            return Apply(state, step);
        }

        var focused = state.Top.FocusedText;
        if (key.Key == ConsoleKey.Escape)
        {
            return Back(state);
        }

        if (key.KeyChar == '?' && string.IsNullOrEmpty(focused))
        {
            return new(state with { HelpOpen = true }, []);
        }

        if (focused is null && key.KeyChar == 'q')
        {
            return state.AtTopLevel
                ? new(state with { Quit = true }, [])
                : new(state with { Message = "q quits from a main screen; Esc goes back" }, []);
        }

        if (focused is null && ScreenRegistry.All.FirstOrDefault(e => e.Digit == key.KeyChar) is { } byDigit)
        {
            return Jump(state, byDigit);
        }

        return new(state, []);
    }

    /// <summary>A command finished: its outcome goes to the screen on top; a refusal also shows on the message line.</summary>
    public static Transition Handle(AppState state, Outcome outcome)
    {
        var step = state.Top.Handle(outcome);
        if (outcome is Refused refused && !step.ShowsRefusal)
        {
            state = state with { Message = refused.Message, MessageIsRefusal = true };
        }

        return Apply(state, step);
    }

    private static Transition Apply(AppState state, Step step)
    {
        var next = state with { Stack = state.Stack.SetItem(state.Stack.Count - 1, step.Screen) };
        if (step.Notice is { } notice)
        {
            next = next with { Message = notice, MessageIsRefusal = false };
        }

        if (step.Open is { } opened)
        {
            return new(next with { Stack = next.Stack.Add(opened) }, [.. step.Commands, .. opened.Load()]);
        }

        if (step.Back)
        {
            var back = Back(next);
            return back with { Commands = [.. step.Commands, .. back.Commands] };
        }

        return new(next, step.Commands);
    }

    private static Transition Back(AppState state)
    {
        if (!state.AtTopLevel)
        {
            var popped = state with { Stack = state.Stack.RemoveAt(state.Stack.Count - 1) };
            return new(popped, popped.Top.Load());
        }

        return state.Top is HomeScreen ? new(state, []) : Jump(state, ScreenRegistry.All[0]);
    }

    private static Transition Jump(AppState state, ScreenEntry entry)
    {
        var screen = entry.Create();
        return new(state with { Stack = [screen] }, screen.Load());
    }
}
