using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Screens;

/// <summary>One selectable line of the home screen and the screen behind it.</summary>
internal sealed record HomeLine(int Column, string Section, string Text, Func<IScreen> Opens)
{
    /// <summary>A colour for a line that needs attention (an overdue return); null for the usual look.</summary>
    public string? Style { get; init; }
}
