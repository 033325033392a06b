using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>Every key of the screen and why a key cannot be used now; scrolls, and closes only with Esc, q or ?.</summary>
internal sealed class HelpDialog : Dialog, IKeyed
{
    private readonly DepotShell _shell;
    private readonly TextPanel _text;

    public HelpDialog(DepotShell shell, string screen, IReadOnlyList<TextLine> lines)
    {
        _shell = shell;
        var look = shell.Bench.Look;
        Title = $"Help: {screen}";
        BorderStyle = LineStyle.Single;
        ShadowStyle = ShadowStyles.None;
        SetScheme(look.Base);
        Width = Dim.Fill();
        Height = Dim.Fill(1);
        X = 0;
        Y = 0;
        CanFocus = true;
        _text = new TextPanel(look) { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(), Wrap = true, Indent = 17 };
        _text.Lines = lines;
        Add(_text);
    }

    public TextPanel Panel => _text;

    string IKeyed.Heading => Title;

    public TextField? FocusedField => null;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("Close help", [Chord.Escape, Chord.Of('q'), Chord.Of('?')], Close),
        new KeyBinding("Scroll", [Chord.Down, Chord.Of('j')], () => _text.ScrollBy(1)) { Immediate = true },
        new KeyBinding("Scroll back", [Chord.Up, Chord.Of('k')], () => _text.ScrollBy(-1)) { Immediate = true, InStatusBar = false },
        new KeyBinding("Page", [Chord.PageDown, new Chord("Space", Key.Space, ' ')], () => _text.ScrollBy(_text.PageRows)) { Immediate = true },
        new KeyBinding("Page back", Chord.PageUp, () => _text.ScrollBy(-_text.PageRows)) { InStatusBar = false },
        new KeyBinding("Start", [Chord.Home, Chord.Of('g')], _text.ScrollToStart) { Immediate = true, InStatusBar = false },
        new KeyBinding("End", [Chord.End, Chord.Of('G')], _text.ScrollToEnd) { Immediate = true, InStatusBar = false },
    ];

    public void Scanned(string text)
    {
    }

    public void Escape() => Close();

    private void Close() => _shell.Close(this);
}
