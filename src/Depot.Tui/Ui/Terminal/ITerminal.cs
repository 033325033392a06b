namespace Depot.Tui.Ui.Terminal;

/// <summary>The screen the UI draws on: its size, and a place to write frames.</summary>
internal interface ITerminal
{
    (int Width, int Height) Size { get; }

    /// <summary>Colours are off when NO_COLOR is set.</summary>
    bool Color { get; }

    void Write(string text);
}
