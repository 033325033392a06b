namespace Depot.Tui.Ui.Input;

/// <summary>Finding the binding a key press means.</summary>
internal static class KeyBindings
{
    public static KeyBinding? Find(this IEnumerable<KeyBinding> bindings, ConsoleKeyInfo key) =>
        bindings.FirstOrDefault(b => b.Matches(key));

    /// <summary>Common keys, named once.</summary>
    public static readonly Chord Enter = Chord.Of(ConsoleKey.Enter, "Enter");
    public static readonly Chord Escape = Chord.Of(ConsoleKey.Escape, "Esc");
    public static readonly Chord Up = Chord.Of(ConsoleKey.UpArrow, "↑");
    public static readonly Chord Down = Chord.Of(ConsoleKey.DownArrow, "↓");
    public static readonly Chord Backspace = Chord.Of(ConsoleKey.Backspace, "Bksp");
}
