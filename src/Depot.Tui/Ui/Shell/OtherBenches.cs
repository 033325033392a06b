using Depot.Core;
using Depot.Core.Storage;
using Terminal.Gui.App;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// Hands what other benches change (a server depot's change feed) to the shell on the UI thread:
/// a burst of changes heard while the UI is busy becomes one refresh. A depot without a feed (the
/// embedded file, which one bench writes at a time) has nothing to hear.
/// </summary>
internal sealed class OtherBenches : IDisposable
{
    private readonly Lock _guard = new();
    private readonly IApplication _app;
    private readonly DepotShell _shell;
    private readonly IDisposable? _watch;
    private List<StoreChange> _heard = [];

    public OtherBenches(DepotContext depot, IApplication app, DepotShell shell)
    {
        _app = app;
        _shell = shell;
        if (depot.Store is not IStoreChangeFeed feed)
        {
            return;
        }

        try
        {
            _watch = feed.WatchChanges(Heard);
        }
        catch (StorageException e)
        {
            shell.Bench.Warn($"screens will not follow other benches' changes: {e.Message}");
        }
    }

    // On the feed's thread: only the first change of a burst asks the UI thread for a turn.
    private void Heard(StoreChange change)
    {
        lock (_guard)
        {
            _heard.Add(change);
            if (_heard.Count > 1)
            {
                return;
            }
        }

        _app.Invoke(Deliver);
    }

    private void Deliver()
    {
        List<StoreChange> heard;
        lock (_guard)
        {
            heard = _heard;
            _heard = [];
        }

        _shell.OthersChanged(heard);
    }

    public void Dispose() => _watch?.Dispose();
}
