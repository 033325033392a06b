namespace Depot.Tui.Ui.Shell;

/// <summary>
/// One thing a key does on a screen, as data: its keys, a label, what it does, whether the status
/// bar shows it, and (when it cannot be used now) why. The status bar, the help and the key handler
/// all read the same list, so they cannot drift apart.
/// </summary>
internal sealed record KeyBinding(string Label, IReadOnlyList<Chord> Keys, Action Run)
{
    public KeyBinding(string label, Chord key, Action run)
        : this(label, [key], run)
    {
    }

    public bool InStatusBar { get; init; } = true;

    /// <summary>A harmless key (moving in a list): it acts at once instead of waiting to see whether a scan follows.</summary>
    public bool Immediate { get; init; }

    public string? DisabledBecause { get; init; }

    public bool Enabled => DisabledBecause is null;

    public string KeyLabel => string.Join(Keys.Any(k => k.Label == "/") ? " " : "/", Keys.Select(k => k.Label));

    public bool Matches(Terminal.Gui.Input.Key key) => Keys.Any(k => k.Matches(key));

    /// <summary>Whether <paramref name="key"/> is one of the binding's special keys (F2, Enter, Ctrl+G): those still work while a text field has focus, its characters do not.</summary>
    public bool MatchesInField(Terminal.Gui.Input.Key key) => Keys.Any(k => k.Char is null && k.Matches(key));

    public KeyBinding DisabledWhen(bool condition, string because) =>
        condition && DisabledBecause is null ? this with { DisabledBecause = because } : this;

    public KeyBinding Hidden() => this with { InStatusBar = false };
}
