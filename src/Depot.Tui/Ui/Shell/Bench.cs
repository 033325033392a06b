using Depot.Core;
using Depot.Core.Calendar;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// What every screen works with: the open depot, the look, the depot's clock face, the dock's
/// sitting (kept while the UI is open), and the shell's services (messages, questions, going to
/// another screen). Core refusals become messages here, so a screen stays usable after one.
/// </summary>
internal sealed class Bench(DepotContext depot, Look look)
{
    public DepotContext Depot { get; } = depot;

    public Look Look { get; } = look;

    public DepotTime Time { get; } = DepotTime.For(depot);

    /// <summary>This sitting at the dock: it lasts as long as the UI, whichever screens are visited.</summary>
    public ReceiveSitting Sitting { get; } = new();

    public string Operator => Depot.Operator;

    internal DepotShell? Shell { get; set; }

    public void Say(string message) => Shell?.ShowMessage(message, Tone.Normal);

    public void Warn(string message) => Shell?.ShowMessage(message, Tone.Warn);

    public void Refuse(string message) => Shell?.ShowMessage(message, Tone.Bad);

    /// <summary>Runs a change or a read; a refusal is shown and false returned.</summary>
    public bool Try(Action work)
    {
        try
        {
            work();
            return true;
        }
        catch (RefusedException e)
        {
            Refuse(e.Message);
            return false;
        }
    }

    /// <summary>Runs a read or a change that returns something; a refusal is shown and null returned.</summary>
    public T? Try<T>(Func<T> work)
        where T : class
    {
        try
        {
            return work();
        }
        catch (RefusedException e)
        {
            Refuse(e.Message);
            return null;
        }
    }

    public void Open(Screen screen) => Shell?.Open(screen);

    public void Back() => Shell?.Back();

    public void Ask(Question question) => Shell?.Ask(question);

    public void Changed() => Shell?.Refresh();

    /// <summary>Runs <paramref name="work"/> once the current frame is on screen (a slow read that must not hold it back).</summary>
    public void Later(Action work) => Shell?.Later(work);

    /// <summary>Opens the unit a scan names, or says why not; nothing is created or changed.</summary>
    public void OpenUnit(string text)
    {
        if (Try(() => UnitDetail.Read(Depot, text)) is { } detail)
        {
            Open(new UnitScreen(this, detail));
        }
    }
}
