using Depot.Tui.Ui.Input;

namespace Depot.Tui.Ui.Screens;

/// <summary>The list keys every list screen shares.</summary>
internal static class NavKeys
{
    public static KeyBinding Up => new("up", "Up", [KeyBindings.Up, Chord.Of('k')], InFooter: false);

    public static KeyBinding Down => new("down", "Down", [KeyBindings.Down, Chord.Of('j')], InFooter: false);

    /// <summary>Arrows only, for screens where letters go into a text field.</summary>
    public static KeyBinding ArrowUp => new("up", "Up", KeyBindings.Up, inFooter: false);

    public static KeyBinding ArrowDown => new("down", "Down", KeyBindings.Down, inFooter: false);
}
