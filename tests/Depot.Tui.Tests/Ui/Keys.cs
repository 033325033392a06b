namespace Depot.Tui.Tests.Ui;

/// <summary>Key presses as the terminal delivers them, for feeding the UI in tests.</summary>
internal static class Keys
{
    public static readonly ConsoleKeyInfo Enter = new('\r', ConsoleKey.Enter, false, false, false);
    public static readonly ConsoleKeyInfo Esc = new('\u001b', ConsoleKey.Escape, false, false, false);
    public static readonly ConsoleKeyInfo Up = new('\0', ConsoleKey.UpArrow, false, false, false);
    public static readonly ConsoleKeyInfo Down = new('\0', ConsoleKey.DownArrow, false, false, false);
    public static readonly ConsoleKeyInfo Tab = new('\t', ConsoleKey.Tab, false, false, false);
    public static readonly ConsoleKeyInfo Backspace = new('\b', ConsoleKey.Backspace, false, false, false);

    public static ConsoleKeyInfo F(int n) => new('\0', ConsoleKey.F1 + (n - 1), false, false, false);

    /// <summary>Ctrl plus a letter, as a terminal sends it: the control character.</summary>
    public static ConsoleKeyInfo Ctrl(char letter) =>
        new((char)(char.ToUpperInvariant(letter) - '@'), ConsoleKey.A + (char.ToUpperInvariant(letter) - 'A'), false, false, true);

    public static ConsoleKeyInfo Char(char c) => new(c, KeyOf(c), char.IsUpper(c), false, false);

    public static IEnumerable<ConsoleKeyInfo> Text(string text) => text.Select(Char);

    private static ConsoleKey KeyOf(char c) =>
        char.IsAsciiDigit(c) ? ConsoleKey.D0 + (c - '0')
        : char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A')
        : c == ' ' ? ConsoleKey.Spacebar
        : c == '/' ? ConsoleKey.Divide
        : ConsoleKey.Oem2;
}
