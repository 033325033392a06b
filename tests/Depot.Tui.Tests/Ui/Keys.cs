using Terminal.Gui.Input;

namespace Depot.Tui.Tests.Ui;

/// <summary>Key presses as Terminal.Gui delivers them, for driving the UI in tests.</summary>
internal static class Keys
{
    public static readonly Key Enter = Key.Enter;
    public static readonly Key Esc = Key.Esc;
    public static readonly Key Up = Key.CursorUp;
    public static readonly Key Down = Key.CursorDown;
    public static readonly Key Left = Key.CursorLeft;
    public static readonly Key Right = Key.CursorRight;
    public static readonly Key Tab = Key.Tab;
    public static readonly Key Backspace = Key.Backspace;
    public static readonly Key PageDown = Key.PageDown;
    public static readonly Key PageUp = Key.PageUp;
    public static readonly Key Home = Key.Home;
    public static readonly Key End = Key.End;

    public static Key F(int n) => n switch
    {
        1 => Key.F1,
        2 => Key.F2,
        3 => Key.F3,
        4 => Key.F4,
        5 => Key.F5,
        6 => Key.F6,
        7 => Key.F7,
        8 => Key.F8,
        9 => Key.F9,
        _ => Key.F10,
    };

    public static Key Ctrl(char letter) => new Key(char.ToLowerInvariant(letter)).WithCtrl;

    public static Key Char(char c) => new(c);

    public static IEnumerable<Key> Text(string text) => text.Select(Char);
}
