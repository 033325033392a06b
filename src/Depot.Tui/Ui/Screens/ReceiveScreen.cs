using System.Collections.Immutable;
using Depot.Core.Receiving;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The dock. The scan field always has focus: a scan and Enter receive the unit. The checklist keys
/// tick accessories and "SIM removed" for the next unit, or, with the field empty, for the unit just received.
/// </summary>
internal sealed partial record ReceiveScreen : IScreen
{
    public TextField Scan { get; init; } = TextField.Empty;

    /// <summary>Ticked for the next scan.</summary>
    public ReceiptChecklist Pending { get; init; } = ReceiptChecklist.Nothing;

    /// <summary>The unit just received, whose checklist can still be ticked while the field is empty.</summary>
    public DockReceipt? Last { get; init; }

    /// <summary>What the last scan did, for the notice panel.</summary>
    public string? Notice { get; init; }

    public NoticeKind NoticeKind { get; init; }

    /// <summary>This sitting's receipts, latest first.</summary>
    public ImmutableList<ReceiptLine> Sitting { get; init; } = [];

    public string Title => "Receive";

    public string? FocusedText => Scan.Text;

    /// <summary>The checklist the keys tick now: the last receipt's while the field is empty, else the next unit's.</summary>
    public bool TickingLast => Last is not null && Scan.IsEmpty;

    public ReceiptChecklist Ticking => TickingLast ? Last!.Checklist : Pending;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("receive", "Receive", KeyBindings.Enter).DisabledWhen(Scan.IsEmpty, "scan or type an IMEI or serial first"),
        new KeyBinding("charger", "Charger", Chord.Control('g')),
        new KeyBinding("cable", "Cable", Chord.Control('l')),
        new KeyBinding("box", "Box", Chord.Control('x')),
        new KeyBinding("sim", "SIM removed", Chord.Control('t')),
        new KeyBinding("clear", "Clear field", Chord.Control('u'), inFooter: false),
    ];

    public IReadOnlyList<Command> Load() => [];

    public Step? Update(ConsoleKeyInfo key)
    {
        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        if (key.KeyChar == '?' && Scan.IsEmpty)
        {
            return null;
        }

        return Scan.Edit(key) is { } edited ? Step.Stay(this with { Scan = edited }) : null;
    }

    private Step Act(string command) => command switch
    {
        "receive" => Step.Run(this with { Scan = Scan.Clear() }, new ReceiveScan(Scan.Text, Pending)),
        "charger" => Tick(Ticking with { Charger = !Ticking.Charger }),
        "cable" => Tick(Ticking with { Cable = !Ticking.Cable }),
        "box" => Tick(Ticking with { Box = !Ticking.Box }),
        "sim" => Tick(Ticking with { SimRemoved = !Ticking.SimRemoved }),
        _ => Step.Stay(this with { Scan = Scan.Clear() }),
    };

    private Step Tick(ReceiptChecklist checklist) =>
        TickingLast
            ? Step.Run(this with { Last = Last! with { Checklist = checklist } }, new SaveChecklist(Last!.Event.Id, checklist))
            : Step.Stay(this with { Pending = checklist });

    public Step Handle(Outcome outcome) => outcome switch
    {
        ReceiveScan.Received received => Step.Stay(Received(received.Receipt)),
        Refused { Command: ReceiveScan scan } refused => Step.Stay(this with
        {
            Notice = refused.Message,
            NoticeKind = refused.Code == Depot.Core.RefusalCode.AlreadyInState ? NoticeKind.Twice : NoticeKind.Refused,
        }) with { ShowsRefusal = true },
        _ => Step.Stay(this),
    };

    private ReceiveScreen Received(DockReceipt receipt)
    {
        var unit = receipt.Unit;
        var line = new ReceiptLine(receipt.Event.Id, receipt.Event.At, unit.Identifier.Value, unit.State.ToString(),
            unit.OwnerCode ?? "?", unit.ModelSku ?? "?", receipt.Case?.Ticket ?? (unit.Unannounced ? "unannounced" : ""));
        return this with
        {
            Last = receipt,
            Pending = ReceiptChecklist.Nothing,
            Sitting = Sitting.Insert(0, line),
            Notice = receipt.Quarantined
                ? $"{unit.Identifier}: unknown to the depot → Quarantine. Put it on the triage shelf."
                : $"{unit.Identifier}: received{(receipt.Case is null ? "" : " for case " + receipt.Case.Ticket)}.",
            NoticeKind = receipt.Quarantined ? NoticeKind.Quarantined : NoticeKind.Received,
        };
    }
}
