namespace Depot.Tui.Ui.Screens;

/// <summary>What the dock's last scan did, which decides how its notice looks.</summary>
internal enum NoticeKind
{
    None,
    Received,

    /// <summary>Received inside the repair warranty of its last repair: a repeat repair.</summary>
    RepeatRepair,
    Quarantined,
    Twice,
    Refused,
}
