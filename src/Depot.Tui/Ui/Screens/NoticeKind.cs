namespace Depot.Tui.Ui.Screens;

/// <summary>What the dock's last scan did, which decides the notice's colour.</summary>
internal enum NoticeKind
{
    None,
    Received,
    Quarantined,
    Twice,
    Refused,
}
