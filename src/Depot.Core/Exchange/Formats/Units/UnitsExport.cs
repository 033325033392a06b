using Depot.Core.Exchange.Export;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// <c>units</c> export: every unit with a known owner and model, in the order the depot took them
/// in, with the columns of the import, so that an export imports again unchanged. Streams: one
/// unit in memory at a time.
/// </summary>
public static class UnitsExport
{
    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        using var command = context.Connection.Command("", context.CurrentTransaction);
        var where = new List<string>();
        if (filter.OwnerCode is { } owner)
        {
            where.Add("o.code = $owner");
            command.With("$owner", owner.Trim());
        }

        if (filter.ModelSku is { } model)
        {
            where.Add("m.sku = $model");
            command.With("$model", model.Trim());
        }

        if (filter.State is { } state)
        {
            where.Add("u.state = $state");
            command.With("$state", state.ToString());
        }

        command.CommandText =
            """
            SELECT u.identifier, u.identifier_kind,
                   (SELECT i.identifier FROM unit_identifiers i WHERE i.unit_id = u.id AND i.kind = 'Serial' AND i.identifier <> u.identifier
                    ORDER BY i.added_at LIMIT 1),
                   m.sku, o.code, u.grade, u.bin, u.purchased, u.warranty_until, u.care_plan_until
            FROM units u JOIN owners o ON o.id = u.owner_id JOIN models m ON m.id = u.model_id
            """ + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + " ORDER BY u.id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var isImei = reader.GetString(1) == nameof(Identifiers.IdentifierKind.Imei);
            export.Text(isImei ? reader.GetString(0) : "")
                .Text(isImei ? reader.GetStringOrNull(2) : reader.GetString(0))
                .Text(reader.GetString(3))
                .Text(reader.GetString(4))
                .Text(reader.GetStringOrNull(5))
                .Text(reader.GetStringOrNull(6))
                .Date(SqlExtensions.ReadDate(reader.GetStringOrNull(7)))
                .Date(SqlExtensions.ReadDate(reader.GetStringOrNull(8)))
                .Date(SqlExtensions.ReadDate(reader.GetStringOrNull(9)))
                .EndRow();
        }
    }
}
