namespace Depot.Tui.Ui.Screens;

/// <summary>The kinds of question the repair board asks.</summary>
internal enum RepairPromptKind
{
    Partner,
    Result,
    Quote,
}
