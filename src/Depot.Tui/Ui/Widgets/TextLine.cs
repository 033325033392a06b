namespace Depot.Tui.Ui.Widgets;

/// <summary>One line of a <see cref="TextPanel"/>: spans of text, each with its tone.</summary>
internal sealed record TextLine(IReadOnlyList<(string Text, Tone Tone)> Spans)
{
    public TextLine(string text, Tone tone = Tone.Normal)
        : this([(text, tone)])
    {
    }

    public static TextLine Empty { get; } = new("");

    public string Text => string.Concat(Spans.Select(s => s.Text));

    public static TextLine Of(params (string Text, Tone Tone)[] spans) => new(spans);

    public static TextLine Join(IEnumerable<(string Text, Tone Tone)> spans) => new([.. spans]);
}

