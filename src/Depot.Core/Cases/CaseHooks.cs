using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Cases;

/// <summary>
/// What a unit's lifecycle step means for its case, written in the same transaction as the step:
/// ship and due dates when a swap unit ships, the charges when a return is late or a quote is
/// approved or declined.
/// </summary>
internal sealed class CaseHooks(DepotContext context)
{
    private readonly CaseService _cases = new(context);
    private readonly ChargeLedger _ledger = new(context);

    /// <summary>A swap unit left the depot: its case gets the ship date (cut-off rule) and the return due date.</summary>
    public void Shipped(SqliteTransaction transaction, long unitId)
    {
        if (_cases.CurrentCaseOf(unitId) is not { } serviceCase || RoleOf(serviceCase.Id, unitId) != "swap")
        {
            return;
        }

        var calendar = DepotCalendar.For(context);
        var planned = calendar.ShipDate(serviceCase.Details.ReportedAt ?? serviceCase.OpenedAt);
        var today = calendar.LocalDate(context.Now);
        var shipped = today > planned ? today : planned;
        context.Connection.Command("UPDATE cases SET ship_date = $ship, due_date = $due WHERE id = $id", transaction)
            .With("$ship", shipped.ToStored()).With("$due", calendar.ReturnDue(shipped).ToStored()).With("$id", serviceCase.Id)
            .ExecuteNonQuery();
    }

    /// <summary>A defective unit arrived: past its due date, the swap unit's retail price is charged (kept visible for review).</summary>
    public void Received(SqliteTransaction transaction, long caseId, long unitId)
    {
        if (_cases.FindById(caseId) is not { DueDate: { } due } serviceCase || RoleOf(caseId, unitId) != "defective")
        {
            return;
        }

        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        if (today > due && SwapUnitPrice(caseId) is { } swap)
        {
            _ledger.Add(transaction, serviceCase.Id, swap.UnitId, ChargeKind.RetailPrice, swap.Price,
                $"return {calendar.WorkingDaysAfter(due, today)} working day(s) late (due {due:yyyy-MM-dd}, received {today:yyyy-MM-dd}); for review");
        }
    }

    /// <summary>The quote was declined: the diagnostic fee; on a swap case the user also keeps the swap unit, so its retail price.</summary>
    public void Declined(SqliteTransaction transaction, long unitId)
    {
        if (_cases.CurrentCaseOf(unitId) is not { } serviceCase)
        {
            return;
        }

        _ledger.Add(transaction, serviceCase.Id, unitId, ChargeKind.DiagnosticFee, new DepotSettings(context).DiagnosticFee, "quote declined");
        if (RoleOf(serviceCase.Id, unitId) == "defective" && SwapUnitPrice(serviceCase.Id) is { Shipped: true } swap)
        {
            _ledger.Add(transaction, serviceCase.Id, swap.UnitId, ChargeKind.RetailPrice, swap.Price,
                "returned unit not covered and the quote declined: the user keeps the swap unit");
        }
    }

    /// <summary>The quote for a fault nothing covers was approved: the quote is charged.</summary>
    public void Approved(SqliteTransaction transaction, long unitId)
    {
        if (_cases.CurrentCaseOf(unitId) is not { } serviceCase)
        {
            return;
        }

        var quote = context.Connection.Command(
            "SELECT json_extract(details, '$.quote') FROM events WHERE unit_id = $unit AND json_extract(details, '$.quote') IS NOT NULL ORDER BY id DESC LIMIT 1",
            transaction).With("$unit", unitId).Scalar() as string;
        if (Money.TryParse(quote, null, out var amount, out _))
        {
            _ledger.Add(transaction, serviceCase.Id, unitId, ChargeKind.Quote, amount, "quote approved; the fault is not covered");
        }
    }

    private string? RoleOf(long caseId, long unitId) => context.Connection
        .Command("SELECT role FROM case_units WHERE case_id = $case AND unit_id = $unit", context.CurrentTransaction)
        .With("$case", caseId).With("$unit", unitId).Scalar() as string;

    private (long UnitId, Money Price, bool Shipped)? SwapUnitPrice(long caseId)
    {
        using var command = context.Connection.Command(
            """
            SELECT u.id, m.sku, u.state FROM case_units cu JOIN units u ON u.id = cu.unit_id JOIN models m ON m.id = u.model_id
            WHERE cu.case_id = $case AND cu.role = 'swap' ORDER BY u.id DESC LIMIT 1
            """, context.CurrentTransaction).With("$case", caseId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var model = new Catalog(context).RequireModel(reader.GetString(1));
        return (reader.GetInt64(0), model.RetailPrice, reader.GetString(2) is not ("Available" or "Reserved"));
    }
}
