using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// A question over the screen: what will happen, the values it needs, and y (or Enter on the last
/// field) to go ahead, n or Esc to leave everything as it is. A scan typed while it is open is
/// ignored, so a barcode never answers a question.
/// </summary>
internal sealed class AskDialog : Dialog, IKeyed
{
    private readonly DepotShell _shell;
    private readonly Question _question;
    private readonly List<TextField> _fields = [];

    public AskDialog(DepotShell shell, Question question)
    {
        _shell = shell;
        _question = question;
        var look = shell.Bench.Look;
        Title = question.Title;
        BorderStyle = LineStyle.Single;
        ShadowStyle = ShadowStyles.None;
        SetScheme(look.Base);
        var screen = shell.App?.Screen.Size ?? new System.Drawing.Size(80, 24);
        var width = Math.Min(76, screen.Width - 4);
        var text = new TextPanel(look) { X = 1, Y = 0, Width = Dim.Fill(1), Wrap = true, Indent = 2 };
        text.Lines = [.. question.Lines, TextLine.Empty, Keys()];
        // Counted a little narrower than drawn, so a wrapped line never pushes the keys out of the box.
        var rows = Math.Max(1, text.RowsText(width - 8).Count);
        text.Height = rows;
        Add(text);
        var y = rows;
        foreach (var f in question.Fields)
        {
            var label = new TextPanel(look) { X = 1, Y = y, Height = 1, Width = Dim.Fill(1) };
            label.Set(new TextLine(f.Label, Tone.Heading));
            var field = new TextField { X = 1, Y = y + 1, Width = Dim.Fill(1), Text = f.Initial };
            Add(label, field);
            _fields.Add(field);
            y += 2;
        }

        // Low on the screen, above the message line: the list and the details it is about stay in view.
        // The border, and the row a dialog keeps at its foot.
        var height = Math.Min(screen.Height - 2, y + 4);
        Width = width;
        Height = height;
        X = Pos.Center();
        Y = Math.Max(0, screen.Height - height - 2);
    }

    public IReadOnlyList<string> Values => _fields.Select(f => f.Text.Trim()).ToList();

    public IReadOnlyList<TextField> Fields => _fields;

    string IKeyed.Heading => Title;

    public TextField? FocusedField => MostFocused as TextField;

    public IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (_fields.Count > 0)
            {
                var last = FocusedField is null || ReferenceEquals(FocusedField, _fields[^1]);
                return
                [
                    new KeyBinding(last ? _question.YesLabel : "Next field", Chord.Enter, last ? Yes : NextField),
                    new KeyBinding(_question.NoLabel, Chord.Escape, No),
                    new KeyBinding("Clear field", Chord.Control('u'), () => FocusedField?.Text = "") { InStatusBar = false },
                    new KeyBinding("Previous field", Chord.Up, () => Step(-1)) { InStatusBar = false },
                    new KeyBinding("Next field", Chord.Down, () => Step(1)) { InStatusBar = false },
                ];
            }

            return
            [
                new KeyBinding(_question.YesLabel, _question.EnterConfirms ? [Chord.Of('y'), Chord.Enter] : [Chord.Of('y')], Yes),
                new KeyBinding(_question.NoLabel, [Chord.Of('n'), Chord.Escape], No),
            ];
        }
    }

    public void FocusFirst()
    {
        if (_fields.Count > 0)
        {
            _fields[0].SetFocus();
        }
        else
        {
            CanFocus = true;
            SetFocus();
        }
    }

    public void Scanned(string text) => _shell.ShowMessage($"scan {text} ignored: answer the question first (y or n, Esc cancels)", Tone.Warn);

    public void Escape() => No();

    private TextLine Keys()
    {
        var fields = _question.Fields.Count > 0;
        var yes = fields ? "Enter on the last field" : _question.EnterConfirms ? "y/Enter" : "y";
        return TextLine.Of((yes, Tone.Key), (" " + _question.YesLabel + "   ", Tone.Normal), (fields ? "Esc" : "n/Esc", Tone.Key), (" " + _question.NoLabel, Tone.Normal));
    }

    private void NextField() => Step(1);

    private void Step(int by)
    {
        var at = _fields.FindIndex(f => ReferenceEquals(f, FocusedField));
        _fields[Math.Clamp(at + by, 0, _fields.Count - 1)].SetFocus();
    }

    private void Yes()
    {
        if (_question.Yes(Values))
        {
            _shell.Close(this);
        }
    }

    private void No()
    {
        _shell.Close(this);
        if (_question.No is { } no)
        {
            no();
        }
        else
        {
            _shell.ShowMessage("Cancelled; nothing changed.", Tone.Normal);
        }
    }
}
