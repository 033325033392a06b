namespace Depot.Tui.Ui.Shell;

/// <summary>
/// Tells a barcode scan from keys pressed by hand on a screen where no text field has focus. A
/// scanner types an identifier in one fast burst and ends it with Enter; a person presses one key
/// at a time. So: digits (and anything else a key does not act on) are collected, never acted on;
/// a key that would act is held back for <see cref="Gap"/>, and when another identifier character
/// follows within that time it was the start of a scan. Enter ends a collected scan, Esc drops it.
/// </summary>
internal sealed class ScanBurst(Func<TimeSpan> clock)
{
    /// <summary>A scanner types its characters closer together than this; people do not.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(40);

    private const int Longest = 64;

    private char? _held;
    private TimeSpan _heldAt;

    /// <summary>The characters collected so far.</summary>
    public string Text { get; private set; } = "";

    public bool Collecting => Text.Length > 0;

    /// <summary>A key held back that acts unless a scan follows.</summary>
    public char? Held => _held;

    /// <summary>Characters a scan can contain (spaces, dashes and slashes are ignored by the identifier rules).</summary>
    public static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '_';

    /// <summary>
    /// One typed character. <paramref name="acts"/> says whether a binding would act on it now.
    /// Returns the held key to act on first, when it turned out not to start a scan.
    /// </summary>
    public Outcome Type(char c, bool acts)
    {
        var now = clock();
        if (_held is { } held)
        {
            _held = null;
            if (now - _heldAt <= Gap && IsIdentifierChar(c))
            {
                Text = held.ToString() + c;
                return Outcome.Collected;
            }

            // The held key was pressed on its own: it acts, then this character is taken afresh.
            var next = Type(c, acts);
            return next with { Release = held };
        }

        if (Collecting)
        {
            if (Text.Length < Longest && (IsIdentifierChar(c) || c == ' '))
            {
                Text += c;
            }

            return Outcome.Collected;
        }

        if (!IsIdentifierChar(c))
        {
            return Outcome.NotMine;
        }

        if (acts && !char.IsAsciiDigit(c))
        {
            _held = c;
            _heldAt = now;
            return Outcome.HeldBack;
        }

        Text = c.ToString();
        return Outcome.Collected;
    }

    /// <summary>Enter: the collected scan, if any (a held key followed by Enter within the gap is a one-character scan).</summary>
    public string? Enter()
    {
        if (_held is { } held && clock() - _heldAt <= Gap)
        {
            _held = null;
            return held.ToString();
        }

        var text = Text.Trim();
        Text = "";
        return text.Length > 0 ? text : null;
    }

    /// <summary>The held key when its time is up (or at once with <paramref name="force"/>), to act on.</summary>
    public char? Release(bool force = false)
    {
        if (_held is { } held && (force || clock() - _heldAt > Gap))
        {
            _held = null;
            return held;
        }

        return null;
    }

    public void Backspace() => Text = Text.Length > 0 ? Text[..^1] : "";

    public void Clear()
    {
        Text = "";
        _held = null;
    }

    /// <summary>What one character did: collected into a scan, held back, not a scan character; and a held key to act on first.</summary>
    public sealed record Outcome(string Kind)
    {
        public static readonly Outcome Collected = new("collected");
        public static readonly Outcome HeldBack = new("held");
        public static readonly Outcome NotMine = new("not mine");

        public char? Release { get; init; }
    }
}
