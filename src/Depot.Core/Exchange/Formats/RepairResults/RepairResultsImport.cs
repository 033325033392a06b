using System.Globalization;
using Depot.Core.Billing;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using StoredResult = Depot.Core.Storage.Rows.RepairResultRow;

namespace Depot.Core.Exchange.Formats.RepairResults;

/// <summary>
/// <c>repair-results</c>: applies a partner's result to the unit of the order through
/// <see cref="UnitService.PartnerResult"/>, and keeps the partner's figures (parts, labour, cost) in
/// the depot's repair results. Keyed by order + result + completed. The IMEI must be the order's unit; a
/// new IMEI becomes the unit's identifier and the old one still finds it.
/// </summary>
public sealed class RepairResultsImport(DepotContext context) : IImportFormat<RepairResultRow>
{
    public static readonly ColumnSet Columns = ColumnSet.Of(
        "*order", "*imei", "*result", "completed", "new_imei", "parts", "labour_minutes", "cost", "currency", "quote", "note");

    private static readonly Dictionary<string, PartnerOutcome> Results = new()
    {
        ["REPAIRED"] = PartnerOutcome.Repaired,
        ["NFF"] = PartnerOutcome.NoFaultFound,
        ["BER"] = PartnerOutcome.BeyondRepair,
        ["QUOTE"] = PartnerOutcome.QuoteNeeded,
    };

    private readonly UnitService _units = new(context);
    private readonly HashSet<string> _ordersSeen = new(StringComparer.OrdinalIgnoreCase);
    private long _importId;

    public string Kind => "repair-results";

    ColumnSet IImportFormat<RepairResultRow>.Columns => Columns;

    public RepairResultRow? Parse(FieldReader fields)
    {
        var order = fields.Text("order", 40, required: true);
        var imei = fields.Imei("imei");
        var result = fields.OneOf("result", Results);
        var completed = fields.Date("completed");
        var newImei = fields.OptionalImei("new_imei");
        var parts = fields.Text("parts", 400);
        var labour = fields.Count("labour_minutes");
        var cost = fields.Amount("cost");
        var currency = fields.Currency("currency");
        var quote = fields.Amount("quote");
        var note = fields.Text("note", 2000);
        if (fields.Error is null && (cost is not null || quote is not null) && currency is null)
        {
            fields.Fail("currency", "a 3-letter currency code for the cost or quote");
        }

        if (fields.Error is null && result == PartnerOutcome.QuoteNeeded && quote is null)
        {
            fields.Fail("quote", "the quote amount for a QUOTE result");
        }

        if (fields.Error is null && newImei is not null && result is not (PartnerOutcome.Repaired or PartnerOutcome.NoFaultFound))
        {
            fields.Fail("new_imei", "empty: a new IMEI comes only with a REPAIRED result");
        }

        return fields.Error is null
            ? new RepairResultRow(order!, imei, result!.Value, completed, newImei, parts, labour, cost, currency, quote, note)
            : null;
    }

    public string Key(RepairResultRow row) => $"{row.Order.ToUpperInvariant()}|{row.Result}|{Stored(row.Completed)}";

    public RowPlan Check(RepairResultRow row, FieldReader fields)
    {
        var key = new StoredResult { OrderNo = row.Order, Result = row.Result.ToString(), Completed = Stored(row.Completed) }.Key;
        var (known, order) = context.Read(s => (
            s.Table<StoredResult>().FindOne(StoredResult.ByKey, key),
            s.Table<RepairOrderRow>().FindOne(RepairOrderRow.ByOrderNo, row.Order)));
        if (known is not null)
        {
            return RowPlan.AlreadyApplied;
        }

        if (order is null)
        {
            fields.Fail("order", "an order the depot sent to a partner (see depot export repair-orders)");
            return RowPlan.Rejected;
        }

        if (!_ordersSeen.Add(row.Order))
        {
            fields.Fail("order", "one result per order in a file: an earlier row already reports this order");
            return RowPlan.Rejected;
        }

        var orderUnit = order.UnitId;
        if (order.Result is { } result)
        {
            fields.Fail("order", $"an open order: this one already has the result {result}");
            return RowPlan.Rejected;
        }

        var unit = _units.Find(new UnitIdentifier(row.Imei.Value, IdentifierKind.Imei));
        if (unit is null || unit.Id != orderUnit)
        {
            var expected = _units.FindById(orderUnit)?.Identifier.Value ?? "?";
            fields.Fail("imei", $"the IMEI of the unit sent under order {row.Order} ({expected})");
            return RowPlan.Rejected;
        }

        if (unit.State != UnitState.AtPartner)
        {
            fields.Fail("imei", $"a unit at the partner: {unit.Identifier} is {unit.State}");
            return RowPlan.Rejected;
        }

        if (row.NewImei is { } replacement && _units.Find(new UnitIdentifier(replacement.Value, IdentifierKind.Imei)) is { } holder && holder.Id != unit.Id)
        {
            fields.Fail("new_imei", $"an IMEI no other unit has: it belongs to {holder.Identifier} ({holder.State})");
            return RowPlan.Rejected;
        }

        return RowPlan.New;
    }

    public IDisposable BeginApply(long importId)
    {
        _importId = importId;
        return NoSession.Instance;
    }

    public void Apply(RepairResultRow row, RowPlan plan) => context.Write(w =>
    {
        Money? quote = row.Quote is { } amount ? new Money(amount, row.Currency!) : null;
        _units.PartnerResult(row.Imei.Value, row.Result, row.NewImei?.Value, quote, row.Note);
        w.Table<StoredResult>().Insert(new StoredResult
        {
            OrderNo = row.Order,
            Result = row.Result.ToString(),
            Completed = Stored(row.Completed),
            Imei = row.Imei.Value,
            NewImei = row.NewImei?.Value,
            Parts = row.Parts,
            LabourMinutes = row.LabourMinutes,
            Cost = row.Cost,
            Currency = row.Currency,
            Quote = row.Quote,
            Note = row.Note,
            ImportId = _importId,
        });
    });

    private static string Stored(DateOnly? completed) => completed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
