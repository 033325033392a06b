using Depot.Tui.Ui.Input;

namespace Depot.Tui.Tests.Ui;

/// <summary>Keys a test typed ahead, all at once, like a scanner's burst.</summary>
internal sealed class ScriptedKeys(IEnumerable<ConsoleKeyInfo> keys) : IKeySource
{
    private readonly Queue<ConsoleKeyInfo> _keys = new(keys);

    public bool TryTake(TimeSpan timeout, out ConsoleKeyInfo key) => _keys.TryDequeue(out key);
}
