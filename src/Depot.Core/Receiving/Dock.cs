using Depot.Core.Cases;
using Depot.Core.Coverage;
using Depot.Core.Units;

namespace Depot.Core.Receiving;

/// <summary>
/// The receiving dock: one scan receives a unit (unknown identifiers go to quarantine) and tells the
/// technician what came back, for which case, and what covers it. The checklist is stored with the receipt.
/// </summary>
public sealed class Dock(DepotContext context)
{
    private readonly UnitService _units = new(context);

    /// <summary>Receives the scanned unit. A bad identifier or a second scan is refused and changes nothing.</summary>
    public DockReceipt Receive(string scan, ReceiptChecklist checklist)
    {
        var receipt = _units.Receive(scan);
        if (checklist != ReceiptChecklist.Nothing)
        {
            new ReceiptChecklists(context).Save(receipt.Id, checklist);
        }

        var unit = _units.FindById(receipt.UnitId)!;
        var serviceCase = receipt.CaseTicket is null ? null : new CaseService(context).Find(receipt.CaseTicket);
        return new DockReceipt(unit, receipt, serviceCase, CoverageOf(unit), checklist);
    }

    /// <summary>Replaces the checklist of a receipt already made (ticked after the scan).</summary>
    public void UpdateChecklist(long receiveEventId, ReceiptChecklist checklist) =>
        new ReceiptChecklists(context).Save(receiveEventId, checklist);

    /// <summary>What covers <paramref name="unit"/> today: the answer of <see cref="CoverageService"/>, the same one inspection decides with.</summary>
    public CoverageOnDate CoverageOf(Unit unit) => new CoverageService(context).Today(unit);
}
