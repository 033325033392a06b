namespace Depot.Tui.Ui.Screens;

/// <summary>Where the technician is in recording one inspection.</summary>
internal enum InspectPhase
{
    Pick,
    Outcome,
    Reason,
    Quote,
    Note,
    Confirm,
}
