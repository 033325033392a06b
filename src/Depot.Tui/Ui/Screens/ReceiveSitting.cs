using Depot.Core;
using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Core.Storage;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One sitting at the dock, without a terminal: each scan receives a unit with the checklist ticked
/// for it; a checklist key ticks for the next scan, or (while the field is empty) for the unit just
/// received. The sitting's receipts, latest first, last as long as the UI is open.
/// </summary>
internal sealed class ReceiveSitting
{
    private readonly List<ReceiptLine> _lines = [];

    /// <summary>Ticked for the next scan.</summary>
    public ReceiptChecklist Pending { get; private set; } = ReceiptChecklist.Nothing;

    /// <summary>The unit just received, whose checklist can still be ticked while the field is empty.</summary>
    public DockReceipt? Last { get; private set; }

    public string? Notice { get; private set; }

    public NoticeKind NoticeKind { get; private set; }

    /// <summary>This sitting's receipts, latest first.</summary>
    public IReadOnlyList<ReceiptLine> Lines => _lines;

    /// <summary>Receives one scan; a refusal (bad identifier, scanned twice, a failed write) becomes the notice and changes nothing.</summary>
    public void Receive(DepotContext depot, string scan)
    {
        try
        {
            var receipt = new Dock(depot).Receive(scan, Pending);
            var unit = receipt.Unit;
            Last = receipt;
            Pending = ReceiptChecklist.Nothing;
            _lines.Insert(0, new ReceiptLine(receipt.Event.Id, receipt.Event.At, unit.Identifier.Value, unit.State.ToString(),
                unit.OwnerCode ?? "?", unit.ModelSku ?? "?", receipt.Case?.Ticket ?? (unit.Unannounced ? "unannounced" : "")));
            var received = $"{unit.Identifier}: received{(receipt.Case is null ? "" : " for case " + receipt.Case.Ticket)}";
            (Notice, NoticeKind) = receipt.Quarantined
                ? ($"{unit.Identifier}: unknown to the depot → Quarantine. Put it on the triage shelf.", NoticeKind.Quarantined)
                : receipt.RepeatRepair is { } repeat
                ? ($"{received}: REPEAT REPAIR ({(repeat.Partner is null ? "" : repeat.Partner + " ")}{repeat.Repaired:yyyy-MM-dd}).", NoticeKind.RepeatRepair)
                : ($"{received}.", NoticeKind.Received);
        }
        catch (StorageException e)
        {
            // The receipt and its checklist are one unit of work: a failed write saved neither.
            Notice = $"{scan}: not received: {e.Message}";
            NoticeKind = NoticeKind.Refused;
        }
        catch (RefusedException e)
        {
            Notice = e.Message;
            NoticeKind = IsSecondScan(e) ? NoticeKind.Twice : NoticeKind.Refused;
        }
    }

    /// <summary>The checklist a key ticks now: the last receipt's while the field is empty, else the next unit's.</summary>
    public ReceiptChecklist Ticking(bool fieldEmpty) => Last is not null && fieldEmpty ? Last.Checklist : Pending;

    /// <summary>Toggles one item; stored at once with the last receipt when that is what is being ticked.</summary>
    public void Tick(DepotContext depot, bool fieldEmpty, Func<ReceiptChecklist, ReceiptChecklist> toggle)
    {
        if (Last is not null && fieldEmpty)
        {
            var checklist = toggle(Last.Checklist);
            new Dock(depot).UpdateChecklist(Last.Event.Id, checklist);
            Last = Last with { Checklist = checklist };
            return;
        }

        Pending = toggle(Pending);
    }

    /// <summary>
    /// Whether a refusal says the unit is already where a receive leaves it (a second scan), from its
    /// code: refused as already in that state, or received by another bench a moment before this one.
    /// </summary>
    private static bool IsSecondScan(RefusedException refusal) => refusal.Code switch
    {
        RefusalCode.AlreadyInState => true,
        RefusalCode.ChangedBySomeoneElse => refusal.Parameters.GetValueOrDefault(RefusalKeys.State) is nameof(UnitState.Received) or nameof(UnitState.Quarantine),
        _ => false,
    };
}
