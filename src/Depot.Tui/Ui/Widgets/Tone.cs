namespace Depot.Tui.Ui.Widgets;

/// <summary>What a piece of text means to the reader, which decides how it looks (colour, or bold and reverse without colour).</summary>
internal enum Tone
{
    Normal,
    Heading,
    Dim,
    Good,
    Warn,
    Bad,
    Key,
    Selected,
}
