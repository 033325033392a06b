using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Cases;

/// <summary>
/// What a unit's lifecycle step means for its case, written in the same unit of work as the step:
/// ship and due dates when a swap unit ships, the charges when a return is late or a quote is
/// approved or declined.
/// </summary>
internal sealed class CaseHooks(DepotContext context)
{
    private readonly ChargeLedger _ledger = new(context);

    /// <summary>A swap unit left the depot: its case gets the ship date (cut-off rule) and the return due date.</summary>
    public void Shipped(IStoreWriter writer, long unitId)
    {
        if (CaseRows.CurrentCaseOf(writer, unitId) is not { } serviceCase || CaseRows.RoleOf(writer, serviceCase.Id, unitId) != "swap")
        {
            return;
        }

        var calendar = DepotCalendar.For(context);
        var planned = calendar.ShipDate(serviceCase.ReportedAt ?? serviceCase.OpenedAt);
        var today = calendar.LocalDate(context.Now);
        var shipped = today > planned ? today : planned;
        serviceCase.ShipDate = shipped;
        serviceCase.DueDate = calendar.ReturnDue(shipped);
        writer.Table<CaseRow>().Update(serviceCase);
    }

    /// <summary>A defective unit arrived: past its due date, the swap unit's retail price is charged (kept visible for review).</summary>
    public void Received(IStoreWriter writer, long caseId, long unitId)
    {
        if (writer.Table<CaseRow>().Get(caseId) is not { DueDate: { } due } || CaseRows.RoleOf(writer, caseId, unitId) != "defective")
        {
            return;
        }

        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        if (today > due && SwapUnitPrice(writer, caseId) is { } swap)
        {
            _ledger.Add(writer, caseId, swap.UnitId, ChargeKind.RetailPrice, swap.Price,
                $"return {calendar.WorkingDaysAfter(due, today)} working day(s) late (due {due:yyyy-MM-dd}, received {today:yyyy-MM-dd}); for review");
        }
    }

    /// <summary>The quote was declined: the diagnostic fee; on a swap case the user also keeps the swap unit, so its retail price.</summary>
    public void Declined(IStoreWriter writer, long unitId)
    {
        if (CaseRows.CurrentCaseOf(writer, unitId) is not { } serviceCase)
        {
            return;
        }

        _ledger.Add(writer, serviceCase.Id, unitId, ChargeKind.DiagnosticFee, new DepotSettings(context).DiagnosticFee, "quote declined");
        if (CaseRows.RoleOf(writer, serviceCase.Id, unitId) == "defective" && SwapUnitPrice(writer, serviceCase.Id) is { Shipped: true } swap)
        {
            _ledger.Add(writer, serviceCase.Id, swap.UnitId, ChargeKind.RetailPrice, swap.Price,
                "returned unit not covered and the quote declined: the user keeps the swap unit");
        }
    }

    /// <summary>The quote for a fault nothing covers was approved: the quote is charged.</summary>
    public void Approved(IStoreWriter writer, long unitId)
    {
        if (CaseRows.CurrentCaseOf(writer, unitId) is not { } serviceCase)
        {
            return;
        }

        var quote = writer.Table<EventRow>().Find(EventRow.ByUnit, unitId)
            .Where(e => e.Details?.ContainsKey("quote") == true)
            .MaxBy(e => e.Id)?.Details!["quote"];
        if (Money.TryParse(quote, null, out var amount, out _))
        {
            _ledger.Add(writer, serviceCase.Id, unitId, ChargeKind.Quote, amount, "quote approved; the fault is not covered");
        }
    }

    /// <summary>The case's (latest) swap unit with its model's retail price, and whether it has left the pool.</summary>
    private static (long UnitId, Money Price, bool Shipped)? SwapUnitPrice(IStoreSession session, long caseId)
    {
        var swapId = session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, caseId)
            .Where(l => l.Role == "swap")
            .Select(l => (long?)l.UnitId)
            .Max();
        if (swapId is not { } id
            || session.Table<UnitRow>().Get(id) is not { } unit
            || unit.ModelId is not { } modelId
            || session.Table<ModelRow>().Get(modelId) is not { } model)
        {
            return null;
        }

        return (unit.Id, new Money(model.RetailPrice, model.Currency), unit.State is not (nameof(UnitState.Available) or nameof(UnitState.Reserved)));
    }
}
