using Depot.Core.Lifecycle;
using Depot.Core.Storage;

namespace Depot.Core.Receiving;

/// <summary>Stores the dock checklist of each receipt, keyed by its Receive event.</summary>
public sealed class ReceiptChecklists(DepotContext context)
{
    /// <summary>Records (or replaces) the checklist of the receipt <paramref name="receiveEventId"/>.</summary>
    public void Save(long receiveEventId, ReceiptChecklist checklist)
    {
        using var find = context.Connection.Command("SELECT trigger FROM events WHERE id = $id", context.CurrentTransaction)
            .With("$id", receiveEventId);
        var trigger = find.Scalar() as string;
        if (trigger != nameof(Trigger.Receive))
        {
            throw new RefusedException($"event {receiveEventId} is not a receipt; no checklist saved");
        }

        context.Write(t => context.Connection.Command(
                """
                INSERT INTO receipt_checklists (event_id, charger, cable, box, sim_removed, recorded_at, operator)
                VALUES ($event, $charger, $cable, $box, $sim, $at, $operator)
                ON CONFLICT (event_id) DO UPDATE SET charger = $charger, cable = $cable, box = $box, sim_removed = $sim,
                    recorded_at = $at, operator = $operator
                """, t)
            .With("$event", receiveEventId).With("$charger", checklist.Charger).With("$cable", checklist.Cable)
            .With("$box", checklist.Box).With("$sim", checklist.SimRemoved)
            .With("$at", context.Now.ToStored()).With("$operator", context.Operator)
            .ExecuteNonQuery());
    }

    /// <summary>The checklist of the receipt <paramref name="receiveEventId"/>, or null when none was ticked.</summary>
    public ReceiptChecklist? Find(long receiveEventId)
    {
        using var command = context.Connection.Command(
            "SELECT charger, cable, box, sim_removed FROM receipt_checklists WHERE event_id = $event", context.CurrentTransaction)
            .With("$event", receiveEventId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ReceiptChecklist(reader.GetInt64(0) != 0, reader.GetInt64(1) != 0, reader.GetInt64(2) != 0, reader.GetInt64(3) != 0)
            : null;
    }
}
