namespace Depot.Tui.Ui.Input;

/// <summary>One key a binding answers to: a character, a special key, or Ctrl plus a letter.</summary>
internal sealed record Chord(string Label, char? Char = null, ConsoleKey? Key = null, bool Ctrl = false)
{
    public static Chord Of(char c) => new(c.ToString(), Char: c);

    public static Chord Of(ConsoleKey key, string label) => new(label, Key: key);

    /// <summary>Ctrl plus a letter; terminals send it as a control character, which is matched too.</summary>
    public static Chord Control(char letter) => new($"^{char.ToUpperInvariant(letter)}", Char: (char)(char.ToUpperInvariant(letter) - '@'), Key: ConsoleKey.A + (char.ToUpperInvariant(letter) - 'A'), Ctrl: true);

    public bool Matches(ConsoleKeyInfo key)
    {
        if (Ctrl)
        {
            return key.KeyChar == Char || (key.Key == Key && key.Modifiers.HasFlag(ConsoleModifiers.Control));
        }

        if (key.Modifiers.HasFlag(ConsoleModifiers.Control) || key.Modifiers.HasFlag(ConsoleModifiers.Alt))
        {
            return false;
        }

        return Char is { } c ? key.KeyChar == c : key.Key == Key;
    }
}
