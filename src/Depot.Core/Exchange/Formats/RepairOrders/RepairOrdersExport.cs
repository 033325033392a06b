using System.Text.Json;
using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Formats.RepairOrders;

/// <summary>
/// <c>repair-orders</c>: the shipment manifest for one partner, oldest order first. The fault code and
/// accessories come from the case's diagnosis answers when the bench recorded them.
/// </summary>
public static class RepairOrdersExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of("order", "partner", "imei", "serial", "model", "owner", "ticket", "fault_code", "fault", "accessories", "sent");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        using var command = context.Connection.Command(
            """
            SELECT r.order_no, r.partner, u.identifier, u.identifier_kind,
                   (SELECT i.identifier FROM unit_identifiers i WHERE i.unit_id = u.id AND i.kind = 'Serial' AND i.identifier <> u.identifier LIMIT 1),
                   m.sku, o.code, c.ticket, c.diagnosis, c.fault, r.sent_at
            FROM repair_orders r JOIN units u ON u.id = r.unit_id
            LEFT JOIN models m ON m.id = u.model_id LEFT JOIN owners o ON o.id = u.owner_id LEFT JOIN cases c ON c.id = r.case_id
            WHERE r.partner = $partner COLLATE NOCASE AND r.sent_at >= $since
            ORDER BY r.sent_at, r.id
            """, context.CurrentTransaction)
            .With("$partner", (filter.Partner ?? "").Trim())
            .With("$since", filter.Since is { } since ? Start(context, since).ToStored() : "");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var isImei = reader.GetString(3) == "Imei";
            var diagnosis = reader.GetStringOrNull(8) is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) : null;
            export.Text(reader.GetString(0)).Text(reader.GetString(1))
                .Text(isImei ? reader.GetString(2) : "").Text(isImei ? reader.GetStringOrNull(4) : reader.GetString(2))
                .Text(reader.GetStringOrNull(5)).Text(reader.GetStringOrNull(6)).Text(reader.GetStringOrNull(7))
                .Text(diagnosis?.GetValueOrDefault("fault_code")).Text(reader.GetStringOrNull(9)).Text(diagnosis?.GetValueOrDefault("accessories"))
                .Instant(SqlExtensions.ReadInstant(reader.GetString(10)))
                .EndRow();
        }
    }

    private static DateTimeOffset Start(DepotContext context, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, context.Clock.LocalTimeZone.GetUtcOffset(local));
    }
}
