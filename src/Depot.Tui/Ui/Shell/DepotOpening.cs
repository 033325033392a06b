using Depot.Core;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// Opens the depot and reads Home's figures on another core while Terminal.Gui sets up the
/// terminal, so the first frame waits for the longer of the two instead of both, one after the
/// other. Owns the opened depot: disposing the opening closes it, even if nobody waited for it.
/// </summary>
internal sealed class DepotOpening : IDisposable
{
    private readonly Task<(DepotContext Depot, HomeFigures? Figures)> _opening;

    private DepotOpening(Func<DepotContext> open) =>
        _opening = Task.Run(() =>
        {
            var depot = open();
            try
            {
                return (depot, HomeFigures.Read(depot));
            }
            catch (RefusedException)
            {
                // Home reads them again and says on screen what went wrong.
                return (depot, (HomeFigures?)null);
            }
        });

    /// <summary>Starts opening; <paramref name="open"/> runs on another thread.</summary>
    public static DepotOpening Start(Func<DepotContext> open) => new(open);

    /// <summary>
    /// The opened depot and Home's first figures (null if they could not be read). Waits for the
    /// opening; a refusal to open (a file in use, damaged, of a newer format) is thrown as it was.
    /// </summary>
    public (DepotContext Depot, HomeFigures? Figures) Wait() => _opening.GetAwaiter().GetResult();

    public void Dispose()
    {
        if (_opening.IsCompleted)
        {
            Close(_opening);
        }
        else
        {
            // The UI ended before the depot was open (it failed to start): close the depot once it is.
            _opening.ContinueWith(Close, TaskScheduler.Default).Wait();
        }
    }

    private static void Close(Task<(DepotContext Depot, HomeFigures? Figures)> opening)
    {
        if (opening.IsCompletedSuccessfully)
        {
            opening.Result.Depot.Dispose();
        }
    }
}
