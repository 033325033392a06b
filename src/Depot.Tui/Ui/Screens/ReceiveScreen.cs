using Depot.Core.Receiving;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The dock. The scan field always has focus: a scan and Enter receive the unit. The checklist keys
/// tick accessories and "SIM removed" for the next unit, or, with the field empty, for the unit just
/// received. The sitting's receipts stay listed while the UI is open.
/// </summary>
internal sealed class ReceiveScreen : Screen
{
    private readonly TextField _scan;
    private readonly TextPanel _panel;
    private readonly Table<ReceiptLine> _sitting;

    public ReceiveScreen(Bench bench)
        : base(bench)
    {
        var label = new TextPanel(bench.Look) { X = 0, Y = 0, Width = 6, Height = 1 };
        label.Set(new TextLine("Scan:", Tone.Heading));
        _scan = new TextField { X = 6, Y = 0, Width = 32 };
        _scan.TextChanged += (_, _) => Changed();
        _panel = new TextPanel(bench.Look) { X = 0, Y = 1, Height = 6 };
        _sitting = new Table<ReceiptLine>(bench.Look,
            ("At", l => bench.Time.Instant(l.At)),
            ("Identifier", l => l.Identifier),
            ("State", l => l.State),
            ("Owner", l => l.Owner),
            ("Model", l => l.Model),
            ("Case", l => l.Ticket))
        {
            X = 0,
            Y = 7,
            CanFocus = false,
        };
        Add(label, _scan, _panel, _sitting);
    }

    public override string Heading => "Receive";

    public override bool IsMain => true;

    public override TextField ScanField => _scan;

    public ReceiveSitting Sitting => Bench.Sitting;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("Receive", Chord.Enter, Receive).DisabledWhen(_scan.Text.Length == 0, "scan or type an IMEI or serial first"),
        new KeyBinding("Charger", Chord.Control('g'), () => Tick(c => c with { Charger = !c.Charger })),
        new KeyBinding("Cable", Chord.Control('l'), () => Tick(c => c with { Cable = !c.Cable })),
        new KeyBinding("Box", Chord.Control('x'), () => Tick(c => c with { Box = !c.Box })),
        new KeyBinding("SIM removed", Chord.Control('t'), () => Tick(c => c with { SimRemoved = !c.SimRemoved })),
        new KeyBinding("Clear field", Chord.Control('u'), () => _scan.Text = "") { InStatusBar = false },
        .. _sitting.NavigationBindings(letters: false),
    ];

    public override void Load() => Draw();

    public override void FocusFirst() => _scan.SetFocus();

    public override void Scanned(string text)
    {
        _scan.Text = text;
        Receive();
    }

    private void Receive()
    {
        var scan = _scan.Text.Trim();
        _scan.Text = "";
        Sitting.Receive(Bench.Depot, scan);
        Draw();
    }

    private void Tick(Func<ReceiptChecklist, ReceiptChecklist> toggle)
    {
        Bench.Try(() => Sitting.Tick(Bench.Depot, _scan.Text.Length == 0, toggle));
        Draw();
    }

    private void Draw()
    {
        var lines = new List<TextLine> { NoticeLine() };
        lines.AddRange(LastDetails());
        lines.Add(Checklist());
        lines.Add(new TextLine($"This sitting: {Sitting.Lines.Count} scanned", Tone.Heading));
        _panel.Lines = lines;
        _sitting.Rows = Sitting.Lines;
        _sitting.SelectedIndex = 0;
        Changed();
    }

    private TextLine NoticeLine()
    {
        if (Sitting.Notice is null)
        {
            return new TextLine("Scan a unit; the scanner's Enter receives it.", Tone.Dim);
        }

        return new TextLine(Sitting.Notice, Sitting.NoticeKind switch
        {
            NoticeKind.Received => Tone.Good,
            NoticeKind.Quarantined or NoticeKind.Twice or NoticeKind.RepeatRepair => Tone.Warn,
            _ => Tone.Bad,
        });
    }

    private IEnumerable<TextLine> LastDetails()
    {
        if (Sitting.Last is not { } last)
        {
            yield return new TextLine("Owner, model, case, fault and coverage of the last scan show here.", Tone.Dim);
            yield return TextLine.Empty;
            yield return TextLine.Empty;
            yield break;
        }

        var unit = last.Unit;
        yield return TextLine.Of(("Owner    ", Tone.Heading), ((unit.OwnerCode ?? "unknown").PadRight(24), Tone.Normal), ("  Model  ", Tone.Heading), (unit.ModelSku ?? "unknown", Tone.Normal));
        var ticket = last.Case?.Ticket ?? (last.Quarantined ? "none (triage)" : unit.Unannounced ? "none (unannounced)" : "none");
        yield return TextLine.Of(("Case     ", Tone.Heading), (ticket.PadRight(24), Tone.Normal), ("  Fault  ", Tone.Heading), (last.Case?.Details.Fault ?? "not reported", Tone.Normal));
        yield return TextLine.Of(("Coverage ", Tone.Heading), (last.Coverage.Describe(), last.Coverage.Covered ? Tone.Good : Tone.Warn));
    }

    private TextLine Checklist()
    {
        var c = Sitting.Ticking(_scan.Text.Length == 0);
        var target = Sitting.Last is not null && _scan.Text.Length == 0 ? $"for {Sitting.Last.Unit.Identifier}" : "for the next scan";
        return TextLine.Of(
            (Box(c.Charger) + "^G Charger ", Tone.Normal),
            (Box(c.Cable) + "^L Cable ", Tone.Normal),
            (Box(c.Box) + "^X Box ", Tone.Normal),
            (Box(c.SimRemoved) + "^T SIM removed ", Tone.Normal),
            (target, Tone.Dim));
    }

    private static string Box(bool on) => on ? "[x]" : "[ ]";
}
