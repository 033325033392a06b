using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Receiving;

/// <summary>Stores the dock checklist of each receipt, keyed by its Receive event.</summary>
public sealed class ReceiptChecklists(DepotContext context)
{
    /// <summary>Records (or replaces) the checklist of the receipt <paramref name="receiveEventId"/>.</summary>
    public void Save(long receiveEventId, ReceiptChecklist checklist) => context.Write(w =>
    {
        if (w.Table<EventRow>().Get(receiveEventId)?.Trigger != nameof(Trigger.Receive))
        {
            throw new RefusedException($"event {receiveEventId} is not a receipt; no checklist saved");
        }

        Write(w, receiveEventId, checklist);
    });

    /// <summary>The checklist of the receipt <paramref name="receiveEventId"/>, or null when none was ticked.</summary>
    public ReceiptChecklist? Find(long receiveEventId) => context.Read(s =>
        s.Table<ReceiptChecklistRow>().FindOne(ReceiptChecklistRow.ByEvent, receiveEventId) is { } row
            ? new ReceiptChecklist(row.Charger, row.Cable, row.Box, row.SimRemoved)
            : null);

    /// <summary>
    /// Records (or replaces) the checklist of the receipt <paramref name="receiveEventId"/> in
    /// <paramref name="writer"/>'s unit of work: the receipt's own, or a later one that ticks it again.
    /// </summary>
    internal void Write(IStoreWriter writer, long receiveEventId, ReceiptChecklist checklist)
    {
        var checklists = writer.Table<ReceiptChecklistRow>();
        var row = checklists.FindOne(ReceiptChecklistRow.ByEvent, receiveEventId) ?? new ReceiptChecklistRow { EventId = receiveEventId };
        row.Charger = checklist.Charger;
        row.Cable = checklist.Cable;
        row.Box = checklist.Box;
        row.SimRemoved = checklist.SimRemoved;
        row.RecordedAt = context.StoredNow();
        row.Operator = context.Operator;
        if (row.Id == 0)
        {
            checklists.Insert(row);
        }
        else
        {
            checklists.Update(row);
        }
    }
}
