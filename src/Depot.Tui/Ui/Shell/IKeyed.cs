using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>What the keys reach: the screen on top, or a question or the help over it.</summary>
internal interface IKeyed
{
    string Heading { get; }

    /// <summary>What the keys do here now; the status bar and the help are drawn from it.</summary>
    IReadOnlyList<KeyBinding> Bindings { get; }

    /// <summary>The text field that has focus (then typed characters are text, not keys), or null.</summary>
    TextField? FocusedField { get; }

    /// <summary>A scan typed while no text field had focus.</summary>
    void Scanned(string text);

    /// <summary>Esc when no binding takes it.</summary>
    void Escape();
}
