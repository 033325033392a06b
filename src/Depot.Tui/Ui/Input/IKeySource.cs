namespace Depot.Tui.Ui.Input;

/// <summary>Where the UI's keys come from: the terminal, or a test's script.</summary>
internal interface IKeySource
{
    /// <summary>Takes the next key, waiting at most <paramref name="timeout"/>; false when none came (the loop then checks for a resize).</summary>
    bool TryTake(TimeSpan timeout, out ConsoleKeyInfo key);
}
