namespace Depot.Tui.Ui.Input;

/// <summary>
/// One thing a key does on a screen: the keys, a label, whether the footer shows it, and (when it
/// cannot be used now) why. The footer and the help screen are drawn from these.
/// </summary>
internal sealed record KeyBinding(string Command, string Label, IReadOnlyList<Chord> Keys, bool InFooter = true, string? DisabledBecause = null)
{
    public KeyBinding(string command, string label, Chord key, bool inFooter = true, string? disabledBecause = null)
        : this(command, label, [key], inFooter, disabledBecause)
    {
    }

    public bool Enabled => DisabledBecause is null;

    public string KeyLabel => string.Join(Keys.Any(k => k.Label == "/") ? " " : "/", Keys.Select(k => k.Label));

    public bool Matches(ConsoleKeyInfo key) => Keys.Any(k => k.Matches(key));

    public KeyBinding DisabledWhen(bool condition, string because) => condition ? this with { DisabledBecause = because } : this;
}
