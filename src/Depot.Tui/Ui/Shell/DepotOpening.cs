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

    private DepotOpening(string location, Func<DepotContext> open)
    {
        Location = location;
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
    }

    /// <summary>The depot being opened, as the operator named it (a file or a server).</summary>
    public string Location { get; }

    /// <summary>Whether the opening has ended, opened or refused.</summary>
    public bool IsDone => _opening.IsCompleted;

    /// <summary>Starts opening; <paramref name="open"/> runs on another thread.</summary>
    public static DepotOpening Start(string location, Func<DepotContext> open) => new(location, open);

    /// <summary>Waits up to <paramref name="patience"/>; whether the opening has ended.</summary>
    public bool WaitBriefly(TimeSpan patience) => ((IAsyncResult)_opening).AsyncWaitHandle.WaitOne(patience);

    /// <summary>Runs <paramref name="done"/> on another thread once the opening has ended.</summary>
    public void WhenDone(Action done) => _opening.ContinueWith(_ => done(), TaskScheduler.Default);

    /// <summary>
    /// The opened depot and Home's first figures (null if they could not be read). Waits for the
    /// opening; a refusal to open (a file in use, damaged, of a newer format) is thrown as it was.
    /// </summary>
    public (DepotContext Depot, HomeFigures? Figures) Wait() => _opening.GetAwaiter().GetResult();

    public void Dispose()
    {
        // An opening still running when the UI ends (the operator left while a big depot was being
        // brought up to date) is not waited for: its unit of work is undone whole if the process
        // ends first, and the next start does it again.
        _opening.ContinueWith(opening =>
        {
            if (opening.IsCompletedSuccessfully)
            {
                opening.Result.Depot.Dispose();
            }
        }, TaskScheduler.Default).Wait(_opening.IsCompleted ? Timeout.InfiniteTimeSpan : TimeSpan.Zero);
    }
}
