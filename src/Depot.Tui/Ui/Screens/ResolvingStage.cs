namespace Depot.Tui.Ui.Screens;

/// <summary>Where resolving a count difference is: typing the new value, the reason, or confirming.</summary>
internal enum ResolvingStage
{
    Value,
    Reason,
    Confirm,
}
