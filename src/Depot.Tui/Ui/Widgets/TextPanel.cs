using Terminal.Gui.ViewBase;

namespace Depot.Tui.Ui.Widgets;

/// <summary>
/// Lines of text with their tones, drawn as they are (never parsed for markup, so user data shows
/// as typed). With <see cref="Wrap"/> a long line continues on the next rows, indented by
/// <see cref="Indent"/>; what does not fit scrolls (<see cref="ScrollBy"/>).
/// </summary>
internal sealed class TextPanel : View
{
    private IReadOnlyList<TextLine> _lines = [];
    private int _top;

    public TextPanel(Look look)
    {
        Look = look;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    public Look Look { get; }

    public bool Wrap { get; init; }

    /// <summary>Where a wrapped line's continuation starts.</summary>
    public int Indent { get; init; }

    /// <summary>The first row shown.</summary>
    public int Top => _top;

    public IReadOnlyList<TextLine> Lines
    {
        get => _lines;
        set
        {
            if (_lines.Count == value.Count && _lines.Zip(value).All(p => p.First.Spans.SequenceEqual(p.Second.Spans)))
            {
                return;
            }

            _lines = value;
            _top = Math.Min(_top, MaxTop());
            SetNeedsDraw();
        }
    }

    /// <summary>How many rows the lines take at the current width.</summary>
    public int RowCount => Rows(Math.Max(1, Viewport.Width)).Count;

    /// <summary>Everything laid out as it would be drawn, for tests and captures.</summary>
    public IReadOnlyList<string> RowsText(int width) => Rows(width).Select(r => string.Concat(r.Select(s => s.Text))).ToList();

    public void Set(params TextLine[] lines) => Lines = lines;

    public void ScrollBy(int rows)
    {
        _top = Math.Clamp(_top + rows, 0, MaxTop());
        SetNeedsDraw();
    }

    public void ScrollToStart() => ScrollBy(-_top);

    public void ScrollToEnd() => ScrollBy(int.MaxValue / 2);

    public int PageRows => Math.Max(1, Viewport.Height - 1);

    private int MaxTop() => Math.Max(0, RowCount - Math.Max(1, Viewport.Height));

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var rows = Rows(Math.Max(1, width));
        for (var y = 0; y < Viewport.Height && _top + y < rows.Count; y++)
        {
            Move(0, y);
            var used = 0;
            foreach (var (text, tone) in rows[_top + y])
            {
                if (used >= width)
                {
                    break;
                }

                var piece = text.Length > width - used ? text[..(width - used)] : text;
                SetAttribute(Look.For(tone));
                AddStr(piece);
                used += piece.Length;
            }
        }

        return true;
    }

    private List<List<(string Text, Tone Tone)>> Rows(int width)
    {
        var rows = new List<List<(string Text, Tone Tone)>>();
        foreach (var line in _lines)
        {
            if (!Wrap || line.Text.Length <= width)
            {
                rows.Add([.. line.Spans]);
                continue;
            }

            rows.AddRange(Wrapped(line, width, Math.Min(Indent, width / 2)));
        }

        return rows;
    }

    /// <summary>Breaks a line at spaces (or anywhere, for a word longer than the row) into rows of <paramref name="width"/>.</summary>
    private static IEnumerable<List<(string Text, Tone Tone)>> Wrapped(TextLine line, int width, int indent)
    {
        var chars = line.Spans.SelectMany(s => s.Text.Select(c => (c, s.Tone))).ToList();
        var start = 0;
        var first = true;
        while (start < chars.Count)
        {
            var room = first ? width : width - indent;
            var end = Math.Min(chars.Count, start + room);
            if (end < chars.Count)
            {
                var space = chars.FindLastIndex(end - 1, end - start, ch => ch.c == ' ');
                if (space > start)
                {
                    end = space + 1;
                }
            }

            var row = new List<(string Text, Tone Tone)>();
            if (!first)
            {
                row.Add((new string(' ', indent), Tone.Normal));
            }

            foreach (var group in Runs(chars, start, end))
            {
                row.Add(group);
            }

            yield return row;
            start = end;
            first = false;
            while (start < chars.Count && chars[start].c == ' ')
            {
                start++;
            }
        }
    }

    private static IEnumerable<(string Text, Tone Tone)> Runs(List<(char c, Tone Tone)> chars, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var tone = chars[i].Tone;
            var j = i;
            while (j < end && chars[j].Tone == tone)
            {
                j++;
            }

            yield return (new string([.. chars.Skip(i).Take(j - i).Select(x => x.c)]), tone);
            i = j;
        }
    }
}
