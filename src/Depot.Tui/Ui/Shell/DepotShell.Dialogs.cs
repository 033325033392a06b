using Depot.Tui.Ui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

// Questions and the help open over the screen as dialogs; the keys go to the one on top.
internal sealed partial class DepotShell
{
    private readonly List<(Dialog Dialog, SessionToken? Token)> _dialogs = [];

    /// <summary>The question or help open over the screen, if any.</summary>
    public IKeyed? OpenDialog => _dialogs.Count == 0 ? null : (IKeyed)_dialogs[^1].Dialog;

    public void Ask(Question question) => Begin(new AskDialog(this, question));

    public void OpenHelp()
    {
        if (_dialogs.Count > 0)
        {
            return;
        }

        Begin(new HelpDialog(this, Top.Heading, HelpLines()));
    }

    /// <summary>Closes the dialog on top and gives the keys back to what is under it.</summary>
    public void Close(Dialog dialog)
    {
        var index = _dialogs.FindIndex(d => ReferenceEquals(d.Dialog, dialog));
        if (index < 0)
        {
            return;
        }

        var (_, token) = _dialogs[index];
        _dialogs.RemoveAt(index);
        if (token is not null)
        {
            App?.End(token);
        }

        dialog.Dispose();
        Refresh();
    }

    private void Begin(Dialog dialog)
    {
        _burst.Clear();
        var token = App?.Begin(dialog);
        _dialogs.Add((dialog, token));
        if (dialog is AskDialog ask)
        {
            ask.FocusFirst();
        }

        Refresh();
    }

    /// <summary>Every key of the screen on top, then every key that works everywhere; a disabled one says why.</summary>
    private List<TextLine> HelpLines()
    {
        var lines = new List<TextLine> { new(Top.Heading, Tone.Heading) };
        lines.AddRange(Top.Bindings.Select(HelpLine));
        lines.Add(TextLine.Empty);
        lines.Add(new TextLine("Everywhere", Tone.Heading));
        lines.AddRange(GlobalBindings().Select(HelpLine));
        lines.Add(new TextLine("PgUp/PgDn Home/End g/G", Tone.Key));
        lines.Add(new TextLine("             scroll a list or table a page, or to its start or end"));
        lines.Add(TextLine.Empty);
        lines.Add(new TextLine("A scan typed on any screen opens that unit; a key that could start a scan waits a moment to see whether one follows.", Tone.Dim));
        return lines;
    }

    private static TextLine HelpLine(KeyBinding b)
    {
        var key = b.KeyLabel.PadRight(12);
        return b.Enabled
            ? TextLine.Of(("  " + key + " ", Tone.Key), (b.Label, Tone.Normal))
            : TextLine.Of(("  " + key + " ", Tone.Dim), (b.Label, Tone.Dim), ($" (not now: {b.DisabledBecause})", Tone.Dim));
    }

    private void RefreshStatus(int width)
    {
        var keyed = Keyed;
        var shown = keyed.Bindings.Where(b => b.InStatusBar).ToList();
        if (_dialogs.Count == 0)
        {
            shown.AddRange(GlobalBindings().Where(b => b.InStatusBar && (b.Enabled || b.Label != "Quit")));
        }

        // As many as fit, in their order; the help (?) lists them all.
        var fitting = new List<KeyBinding>();
        var used = 0;
        foreach (var b in shown)
        {
            var cells = b.KeyLabel.Length + b.Label.Length + 5;
            if (used + cells > width)
            {
                continue;
            }

            used += cells;
            fitting.Add(b);
        }

        var signature = string.Join("|", fitting.Select(b => $"{b.KeyLabel} {b.Label} {b.Enabled}"));
        if (signature == _statusSignature)
        {
            return;
        }

        _statusSignature = signature;
        foreach (var old in _status.SubViews.ToList())
        {
            _status.Remove(old);
            old.Dispose();
        }

        foreach (var b in fitting)
        {
            var binding = b;
            // No key is bound to the shortcut: every key goes through the shell; a click runs the same binding.
            _status.Add(new Shortcut(Key.Empty, b.Label, () => Invoke(binding))
            {
                BindKeyToApplication = false,
                Enabled = b.Enabled,
                KeyView = { Text = b.KeyLabel },
            });
        }
    }
}
