using Terminal.Gui.Input;

namespace Depot.Tui.Ui.Shell;

/// <summary>A main screen, reachable from anywhere by its F-key and, where no field has focus, by its letter.</summary>
internal sealed record ScreenEntry(string Name, int FunctionKey, char Letter, Func<Bench, Screen> Create)
{
    public Key Key => FKey(FunctionKey);

    public string KeyLabel => $"F{FunctionKey}";

    public IReadOnlyList<Chord> Chords => [Chord.Of(Key, KeyLabel), Chord.Of(Letter)];

    private static Key FKey(int n) => n switch
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
        10 => Key.F10,
        11 => Key.F11,
        _ => Key.F12,
    };
}
