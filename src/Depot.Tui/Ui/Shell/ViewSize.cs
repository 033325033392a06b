namespace Depot.Tui.Ui.Shell;

/// <summary>The space a screen's body has, in terminal cells.</summary>
internal readonly record struct ViewSize(int Width, int Height);
