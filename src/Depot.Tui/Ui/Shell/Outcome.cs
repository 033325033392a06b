namespace Depot.Tui.Ui.Shell;

/// <summary>What a command brought back for the screen that asked for it.</summary>
internal abstract record Outcome;
