namespace Depot.Tui.Ui.Screens;

/// <summary>What the dock's last scan did, which decides how its notice looks.</summary>
internal enum NoticeKind
{
    None,
    Received,
    Quarantined,
    Twice,
    Refused,
}
