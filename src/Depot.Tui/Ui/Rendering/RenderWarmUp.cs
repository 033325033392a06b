using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Rendering;

/// <summary>
/// Renders a throwaway Home frame on a spare core while the main thread opens the database, so the
/// rendering code is compiled by the time the first real frame is drawn; then builds the lifecycle
/// table, so the first scan does not wait for it.
/// </summary>
internal static class RenderWarmUp
{
    public static void Start()
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    var frame = AppView.View(AppState.Open(new HomeScreen(), "-", "-"), 80, 24);
                    FrameRenderer.ForTerminal(FrameRenderer.Render(frame, 80, 24, ansi: true, color: true), 24);
                    Depot.Core.Lifecycle.UnitLifecycle.WarmUp();
                }
                catch (Exception)
                {
                    // Only a head start; the real frame reports any real problem.
                }
            },
            null);
    }
}
