using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Exchange.Formats.RepairOrders;

/// <summary>
/// <c>repair-orders</c>: the shipment manifest for one partner, oldest order first. The fault code and
/// accessories come from the case's diagnosis answers when the bench recorded them.
/// </summary>
public static class RepairOrdersExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of("order", "partner", "imei", "serial", "model", "owner", "ticket", "fault_code", "fault", "accessories", "sent");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export) => context.Read(s =>
    {
        var partner = (filter.Partner ?? "").Trim().ToUpperInvariant();
        var since = filter.Since is { } day ? Start(context, day) : DateTimeOffset.MinValue;
        var orders = s.Table<RepairOrderRow>();
        var manifest = orders.Find(RepairOrderRow.ByOpenPartner, "open|" + partner)
            .Concat(orders.Find(RepairOrderRow.ByOpenPartner, "done|" + partner))
            .Where(o => o.SentAt >= since)
            .OrderBy(o => o.SentAt).ThenBy(o => o.Id)
            .ToList();
        if (manifest.Count == 0)
        {
            return 0;
        }

        var owners = s.Table<OwnerRow>().All().ToDictionary(o => o.Id, o => o.Code);
        var models = s.Table<ModelRow>().All().ToDictionary(m => m.Id, m => m.Sku);
        var units = s.Table<UnitRow>();
        var cases = s.Table<CaseRow>();
        foreach (var order in manifest)
        {
            if (units.Get(order.UnitId) is not { } unit)
            {
                continue;
            }

            var isImei = unit.IdentifierKind == nameof(IdentifierKind.Imei);
            var serviceCase = order.CaseId is { } caseId ? cases.Get(caseId) : null;
            var diagnosis = serviceCase?.Diagnosis;
            export.Text(order.OrderNo).Text(order.Partner)
                .Text(isImei ? unit.Identifier : "").Text(isImei ? SecondSerial(s, unit) : unit.Identifier)
                .Text(unit.ModelId is { } model ? models.GetValueOrDefault(model) : null)
                .Text(unit.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null)
                .Text(serviceCase?.Ticket)
                .Text(diagnosis?.GetValueOrDefault("fault_code")).Text(serviceCase?.Fault).Text(diagnosis?.GetValueOrDefault("accessories"))
                .Instant(order.SentAt)
                .EndRow();
        }

        return 0;
    });

    /// <summary>The serial number an IMEI unit also goes by, if any.</summary>
    private static string? SecondSerial(IStoreSession session, UnitRow unit) =>
        session.Table<UnitIdentifierRow>().Find(UnitIdentifierRow.ByUnit, unit.Id)
            .FirstOrDefault(i => i.Kind == nameof(IdentifierKind.Serial) && i.Identifier != unit.Identifier)?.Identifier;

    private static DateTimeOffset Start(DepotContext context, DateOnly day) => Calendar.DepotCalendar.For(context).StartOf(day);
}
