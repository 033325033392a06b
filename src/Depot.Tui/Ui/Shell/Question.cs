using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// A question over the screen before something that moves money or stock, or that needs a few
/// values: what it will do (<see cref="Lines"/>), the values to type, and what yes does.
/// <see cref="Yes"/> gets the typed values and returns false to keep the question open (a value was refused).
/// </summary>
internal sealed record Question(string Title, IReadOnlyList<TextLine> Lines, string YesLabel, Func<IReadOnlyList<string>, bool> Yes)
{
    public IReadOnlyList<QuestionField> Fields { get; init; } = [];

    public string NoLabel { get; init; } = "No";

    /// <summary>Enter says yes too (a question with fields always takes Enter on its last field).</summary>
    public bool EnterConfirms { get; init; }

    /// <summary>What happens on no or Esc, besides closing; by default the message line says nothing changed.</summary>
    public Action? No { get; init; }
}

/// <summary>One value a question asks for.</summary>
internal sealed record QuestionField(string Label, string Initial = "");
