using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

// Every key goes through here first: the screen's bindings, the shell's, and the scan detector.
internal sealed partial class DepotShell
{
    private readonly ScanBurst _burst;

    private IKeyed Keyed => OpenDialog ?? Top;

    /// <summary>The keys that work everywhere, as data: the status bar and the help show them.</summary>
    public IReadOnlyList<KeyBinding> GlobalBindings()
    {
        var atFirst = _stack.Count == 1;
        return
        [
            new KeyBinding("Help", Chord.Of('?'), OpenHelp),
            new KeyBinding("Back", Chord.Escape, Back).DisabledWhen(atFirst, $"{Top.Heading} is the first screen: nothing to go back to"),
            new KeyBinding("Quit", Chord.Of('q'), Quit).DisabledWhen(!Top.IsMain, "q quits from a main screen; Esc goes back first"),
            new KeyBinding("Quit now, from anywhere", Chord.Control('c'), Quit) { InStatusBar = false },
            .. Screens.Select(e => new KeyBinding(e.Name, e.Chords, () => Jump(e)) { InStatusBar = false }),
        ];
    }

    /// <summary>Handles one key press; true when it was taken (the focused view then never sees it).</summary>
    public bool HandleKey(Key key)
    {
        if (key == Key.C.WithCtrl)
        {
            Quit();
            return true;
        }

        if (key == Key.Z.WithCtrl)
        {
            // Suspending would leave a bench with a frozen screen: Ctrl+Z does nothing here.
            return true;
        }

        ReleaseHeld(force: false);
        var keyed = Keyed;
        var inDialog = _dialogs.Count > 0;
        if (!inDialog && Screens.FirstOrDefault(e => e.Key == key) is { } entry)
        {
            ClearMessage();
            _burst.Clear();
            Jump(entry);
            return true;
        }

        var field = keyed.FocusedField;
        if (field is not null)
        {
            return FieldKey(keyed, field, key, inDialog);
        }

        if (_burst.Collecting && ScanKey(keyed, key, inDialog))
        {
            Refresh();
            return true;
        }

        if (Chord.Typed(key) is { } c)
        {
            var outcome = _burst.Type(c, Find(keyed, key, inDialog) is { Immediate: false });
            if (outcome.Release is { } released)
            {
                Act(keyed, released, inDialog);
            }

            if (outcome == ScanBurst.Outcome.HeldBack)
            {
                App?.AddTimeout(ScanBurst.Gap + TimeSpan.FromMilliseconds(10), () =>
                {
                    ReleaseHeld(force: false);
                    return false;
                });
                return true;
            }

            if (outcome.Kind == ScanBurst.Outcome.NotMine.Kind)
            {
                Act(keyed, c, inDialog);
                return true;
            }

            if (Find(keyed, key, inDialog) is { Immediate: true } immediate && _burst.Text.Length == 1)
            {
                // A harmless key (moving in a list) acts at once; it is dropped from the scan if none follows.
                _burst.Clear();
                Invoke(immediate);
            }

            Refresh();
            return true;
        }

        if (Find(keyed, key, inDialog) is { } binding)
        {
            Invoke(binding);
            return true;
        }

        if (key == Key.Esc)
        {
            ClearMessage();
            keyed.Escape();
            Refresh();
            return true;
        }

        return false;
    }

    private bool FieldKey(IKeyed keyed, TextField field, Key key, bool inDialog)
    {
        _burst.Clear();
        var binding = keyed.Bindings.FirstOrDefault(b => b.MatchesInField(key))
            ?? (inDialog ? null : GlobalBindings().FirstOrDefault(b => !b.Matches(Key.Esc) && b.MatchesInField(key)));
        if (binding is not null)
        {
            Invoke(binding);
            return true;
        }

        if (Chord.Typed(key) == '?' && field.Text.Length == 0 && !inDialog)
        {
            OpenHelp();
            return true;
        }

        if (key == Key.Esc)
        {
            ClearMessage();
            keyed.Escape();
            Refresh();
            return true;
        }

        return false;
    }

    /// <summary>Keys while a scan is being collected: Enter ends it, Esc drops it, Backspace takes a character back.</summary>
    private bool ScanKey(IKeyed keyed, Key key, bool inDialog)
    {
        if (key == Key.Enter)
        {
            if (_burst.Enter() is { } scan)
            {
                ClearMessage();
                keyed.Scanned(scan);
            }

            return true;
        }

        if (key == Key.Esc)
        {
            _burst.Clear();
            if (inDialog)
            {
                // Esc still closes the question or the help; the stray characters go with it.
                return false;
            }

            ShowMessage("scan dropped; nothing happened", Tone.Normal);
            return true;
        }

        if (key == Key.Backspace)
        {
            _burst.Backspace();
            return true;
        }

        return false;
    }

    /// <summary>A held key whose time is up (no scan followed): it acts now.</summary>
    private void ReleaseHeld(bool force)
    {
        if (_burst.Release(force) is { } held)
        {
            Act(Keyed, held, _dialogs.Count > 0);
            Refresh();
        }
    }

    private void Act(IKeyed keyed, char c, bool inDialog)
    {
        if (Find(keyed, new Key(c), inDialog) is { } binding)
        {
            Invoke(binding);
        }
    }

    // Esc is left to what is on top (a filter to clear, a field to leave), which goes back when it has nothing to undo.
    private KeyBinding? Find(IKeyed keyed, Key key, bool inDialog) =>
        keyed.Bindings.FirstOrDefault(b => b.Matches(key))
        ?? (inDialog ? null : GlobalBindings().FirstOrDefault(b => !b.Matches(Key.Esc) && b.Matches(key)));

    private void Invoke(KeyBinding binding)
    {
        ClearMessage();
        if (binding.Enabled)
        {
            binding.Run();
        }
        else
        {
            ShowMessage($"{binding.Label}: {binding.DisabledBecause}", Tone.Warn);
        }

        Refresh();
    }
}
