using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Records inspection outcomes: scan a Received unit (or pick it from the list), then one key for
/// the outcome; each asks for a note and says where the unit goes. Covered fault on a unit nothing
/// covers is warned about; NotCovered asks for the reason and the quote, and on a covered unit
/// says so and records the confirmation.
/// </summary>
internal sealed class InspectScreen : Screen
{
    public static readonly UnitFilter Waiting = new(UnitState.Received, Limit: 500);

    private readonly TextPanel _scanLabel;
    private readonly TextField _scan;
    private readonly TextPanel _panel;
    private readonly Table<Unit> _table;

    public InspectScreen(Bench bench)
        : base(bench)
    {
        _scanLabel = new TextPanel(bench.Look) { X = 0, Y = 0, Width = 6, Height = 1 };
        _scanLabel.Set(new TextLine("Scan:", Tone.Heading));
        _scan = new TextField { X = 6, Y = 0, Width = 32 };
        _scan.TextChanged += (_, _) => Changed();
        _panel = new TextPanel(bench.Look) { X = 0, Y = 1, Height = 1, Wrap = true, Indent = 2 };
        _table = new Table<Unit>(bench.Look,
            ("Identifier", u => u.Identifier.Value),
            ("Owner", u => u.OwnerCode ?? "?"),
            ("Model", u => u.ModelSku ?? "?"),
            ("Received", u => bench.Time.Instant(u.StateSince)))
        {
            X = 0,
            Y = 2,
            CanFocus = false,
        };
        Add(_scanLabel, _scan, _panel, _table);
    }

    public override string Heading => "Inspect";

    public override bool IsMain => true;

    public IReadOnlyList<Unit>? Received { get; private set; }

    /// <summary>The unit being inspected, or null while picking one.</summary>
    public UnitDetail? Target { get; private set; }

    public Table<Unit> List => _table;

    public override TextField? ScanField => Target is null ? _scan : null;

    public override IReadOnlyList<KeyBinding> Bindings => Target is null
        ?
        [
            .. _table.NavigationBindings(letters: false),
            new KeyBinding(_scan.Text.Length == 0 ? "Inspect selected" : "Find scanned", Chord.Enter, Pick)
                .DisabledWhen(_scan.Text.Length == 0 && _table.Selected is null, "no Received unit waiting; scan one"),
            new KeyBinding("Clear field", Chord.Control('u'), () => _scan.Text = "") { InStatusBar = false },
        ]
        :
        [
            new KeyBinding("No fault found", Chord.Of('n'), () => Record(InspectionOutcome.NoFaultFound)),
            new KeyBinding("Covered fault", Chord.Of('c'), () => Record(InspectionOutcome.CoveredFault)),
            new KeyBinding("Not covered", Chord.Of('x'), NotCovered),
            new KeyBinding("Beyond repair", Chord.Of('b'), () => Record(InspectionOutcome.BeyondRepair)),
            new KeyBinding("Other unit", Chord.Escape, () => Show(null)),
        ];

    public override void Load()
    {
        if (Bench.Try(() => new UnitService(Bench.Depot).List(Waiting)) is { } units)
        {
            Received = units;
            _table.Rows = units;
        }

        Draw();
    }

    public override void FocusFirst()
    {
        if (Target is null)
        {
            _scan.SetFocus();
        }
        else
        {
            SetFocus();
        }
    }

    public override void Scanned(string text) => Find(text);

    public override void Escape()
    {
        if (Target is not null)
        {
            Show(null);
            return;
        }

        Bench.Back();
    }

    private void Pick()
    {
        var text = _scan.Text.Trim();
        _scan.Text = "";
        Find(text.Length > 0 ? text : _table.Selected!.Identifier.Value);
    }

    private void Find(string text)
    {
        if (Bench.Try(() => UnitDetail.Read(Bench.Depot, text)) is not { } detail)
        {
            Show(null);
            return;
        }

        if (!detail.Unit.PermittedTriggers.Contains(Trigger.Inspect))
        {
            Bench.Warn($"{detail.Unit.Identifier}: {UnitScreen.Why(detail.Unit.State, Trigger.Inspect)}");
            Show(null);
            return;
        }

        Show(detail);
    }

    private void Show(UnitDetail? target)
    {
        Target = target;
        _scanLabel.Visible = target is null;
        _scan.Visible = target is null;
        _table.Visible = target is null;
        FocusFirst();
        Draw();
    }

    private void Record(InspectionOutcome outcome)
    {
        var t = Target!;
        var to = outcome switch
        {
            InspectionOutcome.NoFaultFound => "QualityCheck",
            InspectionOutcome.CoveredFault => "AwaitingRepair",
            _ => "Scrapped",
        };
        var lines = new List<TextLine> { new($"{t.Unit.Identifier} goes Received → {to}.") };
        if (outcome == InspectionOutcome.CoveredFault && !t.Coverage.Covered)
        {
            lines.Add(new TextLine($"Nothing covers this unit today (coverage: {t.Coverage.Describe()}). A covered fault is repaired at no charge to the case; if nothing pays, choose Not covered (x) instead.", Tone.Warn));
        }

        Bench.Ask(new Question($"Record {outcome} for {t.Unit.Identifier}?", lines, $"Record {outcome}",
            values => Inspect(outcome, null, null, values[0], confirmNotCovered: false))
        {
            Fields = [new QuestionField("Note (optional)")],
        });
    }

    private void NotCovered()
    {
        var t = Target!;
        var lines = new List<TextLine>
        {
            new($"{t.Unit.Identifier} goes Received → AwaitingApproval; the quote goes to the customer."),
            new("Reason: c cosmetic · l liquid · t tamper · m misuse · w wear", Tone.Dim),
        };
        if (t.Coverage.Covered)
        {
            lines.Add(new TextLine($"This unit is covered today ({t.Coverage.Describe()}). Recording Not covered overrides that; yes records your confirmation with the event.", Tone.Warn));
        }

        Bench.Ask(new Question($"Not covered: {t.Unit.Identifier}", lines, t.Coverage.Covered ? "Confirm not covered" : "Record NotCovered", values =>
        {
            if (Reason(values[0]) is not { } reason)
            {
                Bench.Warn($"Reason: c, l, t, m or w (cosmetic, liquid, tamper, misuse, wear), not \"{values[0]}\"");
                return false;
            }

            if (!Money.TryParse(values[1], t.Currency, out var quote, out var why))
            {
                Bench.Warn($"Quote: {why}");
                return false;
            }

            return Inspect(InspectionOutcome.NotCovered, reason, quote, values[2], confirmNotCovered: t.Coverage.Covered);
        })
        {
            Fields = [new QuestionField("Reason (c, l, t, m or w)"), new QuestionField($"Quote amount ({t.Currency} unless given)"), new QuestionField("Note (optional)")],
        });
    }

    private bool Inspect(InspectionOutcome outcome, NotCoveredReason? reason, Money? quote, string note, bool confirmNotCovered)
    {
        var unit = Target!.Unit;
        if (Bench.Try(() => new UnitService(Bench.Depot).Inspect(unit.Identifier.Value, outcome, reason, quote, note.Length == 0 ? null : note, unit.Version, confirmNotCovered)) is { } done)
        {
            Bench.Say($"{unit.Identifier}: inspected, now {done.To}");
            Show(null);
            Load();
        }

        return true;
    }

    private static NotCoveredReason? Reason(string text)
    {
        text = text.Trim().ToLowerInvariant();
        return Enum.GetValues<NotCoveredReason>().Cast<NotCoveredReason?>()
            .FirstOrDefault(r => text.Length > 0 && r!.Value.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase));
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private void Draw()
    {
        if (Target is not { } t)
        {
            _panel.Y = 1;
            _panel.Height = 1;
            _table.Y = 2;
            _panel.Set(Received switch
            {
                null => new TextLine("Reading…", Tone.Dim),
                { Count: 0 } => new TextLine("No unit is waiting for inspection: scan one as it comes in.", Tone.Dim),
                var r => new TextLine($"Waiting for inspection: {r.Count}{(r.Count >= Waiting.Limit ? "+" : "")} (↑↓ choose, Enter inspects)", Tone.Dim),
            });
            Changed();
            return;
        }

        _panel.Y = 0;
        _panel.Height = Terminal.Gui.ViewBase.Dim.Fill();
        _panel.Lines =
        [
            TextLine.Of((t.Unit.Identifier.Value, Tone.Heading), ($"  {t.Unit.OwnerCode} {t.Unit.ModelSku}  case {t.Case?.Ticket ?? "none"}", Tone.Normal)),
            new($"Reported fault: {t.Case?.Details.Fault ?? "not reported"}"),
            TextLine.Of(("Coverage: ", Tone.Normal), (t.Coverage.Describe(), t.Coverage.Covered ? Tone.Good : Tone.Warn)),
            .. t.RepeatRepair is { } repeat ? [new TextLine(Capitalised(repeat.DescribeRepeat()), Tone.Warn)] : Array.Empty<TextLine>(),
            TextLine.Empty,
            new("Outcome? n no fault found · c covered fault · x not covered · b beyond repair · Esc other unit", Tone.Heading),
        ];
        Changed();
    }
}
