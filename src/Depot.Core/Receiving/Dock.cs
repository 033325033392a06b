using Depot.Core.Coverage;
using Depot.Core.Units;

namespace Depot.Core.Receiving;

/// <summary>
/// The receiving dock: one scan receives a unit (unknown identifiers go to quarantine) and tells the
/// technician what came back, for which case, and what covers it. The checklist is saved in the
/// receipt's own unit of work: both are saved, or neither.
/// </summary>
public sealed class Dock(DepotContext context)
{
    private readonly UnitService _units = new(context);

    /// <summary>
    /// Receives the scanned unit with its checklist. A bad identifier, a second scan or a storage
    /// failure is refused and changes nothing. The unit, case and coverage shown are the ones the
    /// receipt was decided on, not read again after it.
    /// </summary>
    public DockReceipt Receive(string scan, ReceiptChecklist checklist)
    {
        var checklists = new ReceiptChecklists(context);
        var receipt = _units.Receive(scan, ticket: null, expectedVersion: null,
            checklist == ReceiptChecklist.Nothing ? null : (w, receiveEventId) => checklists.Write(w, receiveEventId, checklist));
        return new DockReceipt(receipt.Unit, receipt.Event, receipt.Case, receipt.Coverage, checklist);
    }

    /// <summary>Replaces the checklist of a receipt already made (ticked after the scan).</summary>
    public void UpdateChecklist(long receiveEventId, ReceiptChecklist checklist) =>
        new ReceiptChecklists(context).Save(receiveEventId, checklist);

    /// <summary>What covers <paramref name="unit"/> today: the answer of <see cref="CoverageService"/>, the same one inspection decides with.</summary>
    public CoverageOnDate CoverageOf(Unit unit) => new CoverageService(context).Today(unit);
}
