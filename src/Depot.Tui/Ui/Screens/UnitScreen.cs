using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One unit, found by any identifier it ever had: identity, state, permitted actions and the
/// timeline, one readable line per event (wrapped, scrolling). Scrap and mark lost ask for a reason
/// and say what they do before they do it.
/// </summary>
internal sealed class UnitScreen : Screen
{
    private readonly TextPanel _findLabel;
    private readonly TextField _find;
    private readonly TextPanel _identity;
    private readonly TextPanel _timeline;

    public UnitScreen(Bench bench, UnitDetail? detail = null)
        : base(bench)
    {
        _findLabel = new TextPanel(bench.Look) { X = 0, Y = 0, Width = 18, Height = 1 };
        _findLabel.Set(new TextLine("Find unit (any ID):", Tone.Heading));
        _find = new TextField { X = 20, Y = 0, Width = 32 };
        _find.TextChanged += (_, _) => Changed();
        _identity = new TextPanel(bench.Look) { X = 0, Y = 1, Height = 5, Wrap = true, Indent = 2 };
        _timeline = new TextPanel(bench.Look) { X = 0, Y = 6, Wrap = true, Indent = 17, CanFocus = false };
        Add(_findLabel, _find, _identity, _timeline);
        Detail = detail;
        Finding = detail is null;
    }

    /// <summary>Opens the screen on one unit, read when it is shown.</summary>
    public static UnitScreen Showing(Bench bench, string identifier) => new(bench) { _pending = identifier, Finding = false };

    private string? _pending;

    public override string Heading => "Unit";

    public override bool IsMain => true;

    public UnitDetail? Detail { get; private set; }

    /// <summary>The find field has focus (the screen opens this way when no unit is given).</summary>
    public bool Finding { get; private set; }

    public TextPanel Timeline => _timeline;

    public override TextField? ScanField => Finding ? _find : null;

    public override IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (Finding)
            {
                return
                [
                    new KeyBinding("Find", Chord.Enter, () => Find(_find.Text)).DisabledWhen(_find.Text.Trim().Length == 0, "type or scan an identifier first"),
                    new KeyBinding("Clear field", Chord.Control('u'), () => _find.Text = "") { InStatusBar = false },
                ];
            }

            var permitted = Detail?.Unit.PermittedTriggers ?? [];
            return
            [
                new KeyBinding("Find another", [Chord.Of('/'), Chord.Of('f')], StartFinding),
                new KeyBinding("Older", [Chord.Down, Chord.Of('j')], () => _timeline.ScrollBy(1)) { Immediate = true, InStatusBar = false },
                new KeyBinding("Newer", [Chord.Up, Chord.Of('k')], () => _timeline.ScrollBy(-1)) { Immediate = true, InStatusBar = false },
                new KeyBinding("Page older", Chord.PageDown, () => _timeline.ScrollBy(_timeline.PageRows)) { InStatusBar = false },
                new KeyBinding("Page newer", Chord.PageUp, () => _timeline.ScrollBy(-_timeline.PageRows)) { InStatusBar = false },
                new KeyBinding("Newest", [Chord.Home, Chord.Of('g')], _timeline.ScrollToStart) { Immediate = true, InStatusBar = false },
                new KeyBinding("Oldest", [Chord.End, Chord.Of('G')], _timeline.ScrollToEnd) { Immediate = true, InStatusBar = false },
                Guarded(new KeyBinding("Scrap", Chord.Of('x'), () => AskReason(Trigger.Scrap)), Trigger.Scrap, permitted),
                Guarded(new KeyBinding("Mark lost", Chord.Of('l'), () => AskReason(Trigger.MarkLost)), Trigger.MarkLost, permitted),
                new KeyBinding("Refresh", Chord.Of('r'), Load),
            ];
        }
    }

    /// <summary>Why the lifecycle does not let <paramref name="trigger"/> happen from <paramref name="state"/>.</summary>
    public static string Why(UnitState state, Trigger trigger)
    {
        var permitted = UnitLifecycle.PermittedTriggers(state);
        return $"{trigger} is not permitted from {state}" + (permitted.Count == 0 ? "" : $" (permitted: {string.Join(", ", permitted)})");
    }

    // No ids means "many changed": the shown unit may be one of them.
    public override bool Follows(StoreChange change) =>
        Detail is { } shown && OfUnits(change) && (change.Ids.Count == 0 || change.Ids.Contains(shown.Unit.Id));

    public override void Load()
    {
        if (_pending is { } pending)
        {
            _pending = null;
            Find(pending);
            return;
        }

        if (Detail is { } shown && Bench.Try(() => UnitDetail.Read(Bench.Depot, shown.Unit.Identifier.Value)) is { } fresh)
        {
            Show(fresh);
            return;
        }

        Draw();
    }

    public override void FocusFirst()
    {
        if (Finding)
        {
            _find.SetFocus();
        }
        else
        {
            SetFocus();
        }
    }

    public override void Scanned(string text) => Find(text);

    public override void Escape()
    {
        if (Finding && Detail is not null)
        {
            Finding = false;
            _find.Text = "";
            FocusFirst();
            Draw();
            return;
        }

        Bench.Back();
    }

    private KeyBinding Guarded(KeyBinding binding, Trigger trigger, IReadOnlyList<Trigger> permitted) =>
        Detail is null
            ? binding with { DisabledBecause = "no unit shown" }
            : binding.DisabledWhen(!permitted.Contains(trigger), Why(Detail.Unit.State, trigger));

    private void StartFinding()
    {
        Finding = true;
        _find.Text = "";
        FocusFirst();
        Draw();
    }

    private void Find(string text)
    {
        var detail = Bench.Try(() => UnitDetail.Read(Bench.Depot, text));
        if (detail is null)
        {
            // A failed lookup leaves no other unit on screen: what was asked for is what is missing.
            Detail = null;
            Finding = true;
            _find.Text = text.Trim();
            FocusFirst();
            Draw();
            return;
        }

        _find.Text = "";
        Show(detail);
    }

    private void Show(UnitDetail detail)
    {
        Detail = detail;
        Finding = false;
        FocusFirst();
        Draw();
    }

    private void AskReason(Trigger trigger)
    {
        var unit = Detail!.Unit;
        var verb = trigger == Trigger.Scrap ? "Scrap" : "Mark lost";
        var effect = trigger == Trigger.Scrap
            ? $"{unit.Identifier} ({unit.OwnerCode} {unit.ModelSku}) goes from {unit.State} to Scrapped, for good."
            : $"{unit.Identifier} ({unit.OwnerCode} {unit.ModelSku}) goes from {unit.State} to Lost: it leaves the pool and the counts.";
        Bench.Ask(new Question($"{verb} {unit.Identifier}?", [new TextLine(effect, Tone.Warn)], $"{verb} it", values =>
        {
            if (values[0].Length == 0)
            {
                Bench.Warn($"give the reason to {verb.ToLowerInvariant()} it");
                return false;
            }

            var units = new UnitService(Bench.Depot);
            if (Bench.Try(() => trigger == Trigger.Scrap ? units.Scrap(unit.Identifier.Value, values[0], unit.Version) : units.MarkLost(unit.Identifier.Value, values[0], unit.Version)) is { } done)
            {
                Bench.Say($"{unit.Identifier}: {done.Trigger} → {done.To}");
                Load();
            }

            return true;
        })
        {
            Fields = [new QuestionField("Reason (kept with the event)")],
        });
    }

    private void Draw()
    {
        _findLabel.Visible = Finding || Detail is null;
        _find.Visible = Finding || Detail is null;
        var top = _find.Visible ? 1 : 0;
        _identity.Y = top;
        if (Detail is not { } d)
        {
            _identity.Set(new TextLine(Finding ? "Enter finds the unit: IMEI, serial, or any identifier it ever had." : "Reading…", Tone.Dim));
            _identity.Height = 1;
            _timeline.Y = top + 1;
            _timeline.Lines = [];
            Changed();
            return;
        }

        var u = d.Unit;
        var also = d.Identifiers.Where(i => i != u.Identifier.Value).ToList();
        var identity = new List<TextLine>
        {
            TextLine.Of((u.Identifier.Value, Tone.Heading), (also.Count > 0 ? $" (also {string.Join(", ", also)})" : "", Tone.Dim), ("  ", Tone.Normal),
                (u.State.ToString(), Tone.Good), ($" since {Bench.Time.Instant(u.StateSince)}", Tone.Normal)),
            new($"Owner {u.OwnerCode ?? "unknown"} · Model {u.ModelSku ?? "unknown"} · Grade {u.Grade ?? "-"} · Bin {u.Bin ?? "-"}{(u.Unannounced ? " · unannounced" : "")}"),
            new($"Case {d.Case?.Ticket ?? "none"}{(d.Case?.Details.Fault is { } f ? " · fault: " + f : "")} · coverage: {d.Coverage.Describe()}"),
            TextLine.Of(("Permitted ", Tone.Heading), (u.PermittedTriggers.Count == 0 ? "nothing (an end state)" : string.Join(", ", u.PermittedTriggers), Tone.Normal)),
            new TextLine($"Timeline, newest first: {d.History.Count} event(s); ↑↓ PgUp PgDn scroll", Tone.Dim),
        };
        if (d.RepeatRepair is { } repeat && u.State != UnitState.WithUser)
        {
            identity.Insert(3, new TextLine("Received as a " + repeat.DescribeRepeat(), Tone.Warn));
        }

        _identity.Lines = identity;
        var rows = _identity.RowsText(Math.Max(20, Frame.Width > 0 ? Frame.Width : Bench.Shell?.Frame.Width ?? 80)).Count;
        _identity.Height = rows;
        _timeline.Y = top + rows;
        _timeline.Lines = d.History.Reverse().Select(EventLine).ToList();
        Changed();
    }

    /// <summary>One event on one line: when, trigger, from → to, who, case, details.</summary>
    private TextLine EventLine(UnitEvent e)
    {
        var from = e.From == UnitState.None ? "new" : e.From.ToString();
        var details = string.Join(" · ", e.Details.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key.Replace('_', ' ')}: {kv.Value}"));
        return TextLine.Of(
            (Bench.Time.Instant(e.At) + " ", Tone.Dim),
            (e.Trigger.ToString(), Tone.Heading),
            ($" {from} → {e.To}", Tone.Normal),
            ($" by {e.Operator}", Tone.Dim),
            (e.CaseTicket is null ? "" : $" case {e.CaseTicket}", Tone.Normal),
            (details.Length == 0 ? "" : " · " + details, Tone.Normal));
    }
}
