namespace Depot.Tui.Ui.Input;

/// <summary>A one-line text input: printable characters append, Backspace deletes, Ctrl+U clears.</summary>
internal sealed record TextField(string Text = "", int MaxLength = 60)
{
    public static readonly TextField Empty = new();

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The field after <paramref name="key"/>, or null when the key is not for a text field.</summary>
    public TextField? Edit(ConsoleKeyInfo key)
    {
        if (key.Key == ConsoleKey.Backspace || key.KeyChar == '\b' || key.KeyChar == (char)127)
        {
            return Text.Length == 0 ? this : this with { Text = Text[..^1] };
        }

        if (key.KeyChar == (char)21)
        {
            return this with { Text = "" };
        }

        if (key.Modifiers.HasFlag(ConsoleModifiers.Control) || key.Modifiers.HasFlag(ConsoleModifiers.Alt) || char.IsControl(key.KeyChar) || key.KeyChar == '\0')
        {
            return null;
        }

        return Text.Length >= MaxLength ? this : this with { Text = Text + key.KeyChar };
    }

    public TextField Clear() => this with { Text = "" };
}
