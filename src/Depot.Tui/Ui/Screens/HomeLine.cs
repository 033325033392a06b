using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>One selectable line of the home screen and the screen behind it.</summary>
internal sealed record HomeLine(int Column, string Section, string Text, Func<Screen> Opens)
{
    public Tone Tone { get; init; } = Tone.Normal;
}
