using Depot.Core.Storage;
using Depot.Core.Cases;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Core.Exchange.Formats.PreAlerts;

/// <summary>
/// <c>pre-alerts</c>: opens the case (key: ticket) with its end user and fault, and gives the unit
/// the Announce trigger, both through the services and together: a row is applied whole or not at all.
/// </summary>
public sealed class PreAlertsImport(DepotContext context) : IImportFormat<PreAlertRow>
{
    public static readonly ColumnSet Columns = ColumnSet.Of(
        "*ticket", "*imei", "*model", "*owner", "*kind", "*fault", "customer", "phone", "email", "address", "reported");

    private static readonly Dictionary<string, CaseKind> Kinds = new() { ["swap"] = CaseKind.Swap, ["repair"] = CaseKind.Repair, ["loan"] = CaseKind.Loan };

    private readonly Catalog _catalog = new(context);
    private readonly CaseService _cases = new(context);
    private readonly UnitService _units = new(context);
    private readonly HashSet<string> _imeisSeen = [];

    public string Kind => "pre-alerts";

    ColumnSet IImportFormat<PreAlertRow>.Columns => Columns;

    public PreAlertRow? Parse(FieldReader fields)
    {
        var ticket = fields.Text("ticket", 40, required: true);
        var imei = fields.Imei("imei");
        var model = fields.Required("model");
        var owner = fields.Required("owner");
        var kind = fields.OneOf("kind", Kinds);
        var fault = fields.Text("fault", 2000, required: true);
        var details = new CaseDetails(
            fields.Text("customer", 200), fields.Text("phone", 40), fields.Text("email", 200), fields.Text("address", 400), fault,
            fields.Instant("reported"));
        return fields.Error is null ? new PreAlertRow(ticket!, imei, model, owner, kind!.Value, details) : null;
    }

    public string Key(PreAlertRow row) => row.Ticket.ToUpperInvariant();

    public RowPlan Check(PreAlertRow row, FieldReader fields)
    {
        var owner = _catalog.FindOwner(row.OwnerCode);
        if (owner is null)
        {
            fields.Fail("owner", $"an owner the depot knows ({string.Join(", ", _catalog.ListOwners().Select(o => o.Code))})");
            return RowPlan.Rejected;
        }

        if (_catalog.FindModel(row.ModelSku) is null)
        {
            fields.Fail("model", $"a model the depot knows ({string.Join(", ", _catalog.ListModels().Select(m => m.Sku))})");
            return RowPlan.Rejected;
        }

        if (!_imeisSeen.Add(row.Imei.Value))
        {
            fields.Fail("imei", "one case per unit in a file: an earlier row already announces this IMEI");
            return RowPlan.Rejected;
        }

        var unit = _units.Find(new UnitIdentifier(row.Imei.Value, IdentifierKind.Imei));
        if (_cases.Find(row.Ticket) is { } existing)
        {
            if (string.Equals(existing.OwnerCode, owner.Code, StringComparison.OrdinalIgnoreCase)
                && unit is not null && _cases.UnitsOf(existing.Id).Any(u => u.UnitId == unit.Id))
            {
                return RowPlan.AlreadyApplied;
            }

            fields.Fail("ticket", $"a new ticket: case {existing.Ticket} already exists for owner {existing.OwnerCode} with other units");
            return RowPlan.Rejected;
        }

        if (unit is not null)
        {
            if (!string.Equals(unit.OwnerCode, owner.Code, StringComparison.OrdinalIgnoreCase))
            {
                fields.Fail("imei", $"a unit of {owner.Code}: this one belongs to {unit.OwnerCode ?? "no owner yet (quarantine)"}");
                return RowPlan.Rejected;
            }

            if (!unit.PermittedTriggers.Contains(Trigger.Announce))
            {
                fields.Fail("imei", $"a unit that can be announced: it is {unit.State} (permitted: {string.Join(", ", unit.PermittedTriggers)})");
                return RowPlan.Rejected;
            }
        }

        return RowPlan.New;
    }

    public IDisposable BeginApply(long importId) => NoSession.Instance;

    public void Apply(PreAlertRow row, RowPlan plan) => context.Write((IStoreWriter _) =>
    {
        _cases.Open(row.Ticket, row.OwnerCode, row.Kind, row.Details);
        _units.Announce(row.Imei.Value, row.Ticket, row.ModelSku, row.OwnerCode);
    });
}
