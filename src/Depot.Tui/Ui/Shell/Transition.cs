namespace Depot.Tui.Ui.Shell;

/// <summary>The UI's next state and the commands the outer loop runs next.</summary>
internal sealed record Transition(AppState State, IReadOnlyList<Command> Commands);
