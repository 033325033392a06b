using System.Collections.Immutable;

namespace Depot.Tui.Ui.Shell;

/// <summary>The whole UI at one moment: the screens open (the last on top), the message line, help, quitting.</summary>
internal sealed record AppState(ImmutableList<IScreen> Stack, string Operator, string Database)
{
    public IScreen Top => Stack[^1];

    /// <summary>At the top level (a screen reached by its F-key), q quits; below it, Esc goes back.</summary>
    public bool AtTopLevel => Stack.Count == 1;

    public string? Message { get; init; }

    public bool MessageIsRefusal { get; init; }

    public bool HelpOpen { get; init; }

    public bool Quit { get; init; }

    public static AppState Open(IScreen first, string operatorName, string database) =>
        new([first], operatorName, database);
}
