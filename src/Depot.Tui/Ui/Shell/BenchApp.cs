using System.Diagnostics;
using Depot.Core;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.App;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// Runs the full-screen UI on the terminal until quit, then leaves the terminal as it was found.
/// Terminal.Gui starts while the depot opens on another core; a depot that cannot be opened ends
/// the UI before its first frame, and the refusal is thrown to the caller with the terminal restored.
/// </summary>
internal static class BenchApp
{
    public static void Run(DepotOpening opening, Action? firstFrame = null)
    {
        try
        {
            RunUi(opening, firstFrame);
        }
        finally
        {
            TerminalReset.Write();
        }
    }

    private static void RunUi(DepotOpening opening, Action? firstFrame)
    {
        var look = Look.FromEnvironment();
        var watch = Stopwatch.StartNew();
        using var app = Application.Create();
        app.Init();
        Cli.StartupTrace.Mark("terminal set up");
        if (!opening.WaitBriefly(OpeningWait.Patience) && !OpeningWait.Show(app, opening, look))
        {
            return;
        }

        var (depot, figures) = opening.Wait();
        Cli.StartupTrace.Mark("depot open, home read");
        var bench = new Bench(depot, look);
        using var shell = new DepotShell(bench, () => watch.Elapsed);
        Wire(app, shell);
        using var signals = new TerminalSignals(app, shell.Quit);
        using var otherBenches = new OtherBenches(depot, app, shell);
        app.SessionBegun += (_, e) =>
        {
            if (ReferenceEquals(e.State.Runnable, shell) && shell.Stack.Count == 0)
            {
                shell.Start(new HomeScreen(bench, figures));
                figures = null;
            }
        };
        if (firstFrame is not null)
        {
            void Drawn(object? sender, EventArgs e)
            {
                app.LayoutAndDrawComplete -= Drawn;
                firstFrame();
            }

            app.LayoutAndDrawComplete += Drawn;
        }

        app.Run(shell);
    }

    /// <summary>Every key and paste goes to the shell first (the same wiring the headless tests use).</summary>
    public static void Wire(IApplication app, DepotShell shell)
    {
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (shell.HandleKey(key))
            {
                key.Handled = true;
            }
        };
        app.Paste += (_, paste) => paste.Handled = shell.Paste(paste.Text);
    }
}
