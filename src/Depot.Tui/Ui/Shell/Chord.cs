using Terminal.Gui.Input;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// One key a binding answers to: a printable character (matched by what it types, whatever the
/// terminal says about Shift), or a special key such as F2, Enter or Ctrl+G.
/// </summary>
internal sealed record Chord(string Label, Key Key, char? Char = null)
{
    public static Chord Of(char c) => new(c.ToString(), new Key(c), c);

    public static Chord Of(Key key, string label) => new(label, key);

    public static Chord Control(char letter) => new($"^{char.ToUpperInvariant(letter)}", new Key(char.ToLowerInvariant(letter)).WithCtrl);

    public static readonly Chord Enter = Of(Terminal.Gui.Input.Key.Enter, "Enter");
    public static readonly Chord Escape = Of(Terminal.Gui.Input.Key.Esc, "Esc");
    public static readonly Chord Up = Of(Terminal.Gui.Input.Key.CursorUp, "↑");
    public static readonly Chord Down = Of(Terminal.Gui.Input.Key.CursorDown, "↓");
    public static readonly Chord Left = Of(Terminal.Gui.Input.Key.CursorLeft, "←");
    public static readonly Chord Right = Of(Terminal.Gui.Input.Key.CursorRight, "→");
    public static readonly Chord PageUp = Of(Terminal.Gui.Input.Key.PageUp, "PgUp");
    public static readonly Chord PageDown = Of(Terminal.Gui.Input.Key.PageDown, "PgDn");
    public static readonly Chord Home = Of(Terminal.Gui.Input.Key.Home, "Home");
    public static readonly Chord End = Of(Terminal.Gui.Input.Key.End, "End");
    public static readonly Chord Tab = Of(Terminal.Gui.Input.Key.Tab, "Tab");

    /// <summary>The character a key types, or null for a special key or a chord with Ctrl or Alt.</summary>
    public static char? Typed(Key key)
    {
        if (key.IsCtrl || key.IsAlt)
        {
            return null;
        }

        var rune = key.AsRune;
        return rune.Value is >= 32 and < 0xFFFF && !char.IsControl((char)rune.Value) ? (char)rune.Value : null;
    }

    public bool Matches(Key key) => Char is { } c ? Typed(key) == c : key == Key;
}
