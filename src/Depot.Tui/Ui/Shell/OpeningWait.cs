using Depot.Tui.Ui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// What the terminal shows while a depot takes more than a moment to open: another program holding
/// the file (the bench waits up to 10 s for it), or a big depot that a new version of Depot brings
/// up to date once. Says so instead of a blank screen, and lets the operator leave.
/// </summary>
internal sealed class OpeningWait : Runnable
{
    /// <summary>How long an opening may take before the screen says what is happening.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(400);

    private OpeningWait(Look look, string location)
    {
        BorderStyle = LineStyle.None;
        Width = Dim.Fill();
        Height = Dim.Fill();
        SetScheme(look.Base);
        var text = new TextPanel(look) { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill(1), Wrap = true };
        text.Set(
            new TextLine($"Opening the depot {location} …", Tone.Heading),
            new TextLine(""),
            new TextLine("Another program may be using it (Depot waits up to 10 seconds), or this version of Depot is bringing it up to date, once; for a large depot that takes a few minutes.", Tone.Normal),
            new TextLine(""),
            new TextLine("Ctrl+C or Esc leaves; nothing is lost, and the next start goes on where this one stopped.", Tone.Dim));
        Add(text);
    }

    /// <summary>
    /// Shows the wait until <paramref name="opening"/> is done. False when the operator left first
    /// (Esc, Ctrl+C or a signal): the caller ends without opening the UI.
    /// </summary>
    public static bool Show(IApplication app, DepotOpening opening, Look look)
    {
        using var wait = new OpeningWait(look, opening.Location);
        wait.KeyDown += (_, key) =>
        {
            if (key == Key.C.WithCtrl)
            {
                key.Handled = true;
                app.RequestStop(wait);
            }
        };
        using var signals = new TerminalSignals(app, () => app.RequestStop(wait));
        opening.WhenDone(() => app.Invoke(() => app.RequestStop(wait)));
        app.Run(wait);
        return opening.IsDone;
    }
}
