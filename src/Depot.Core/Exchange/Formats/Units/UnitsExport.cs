using Depot.Core.Exchange.Export;
using Depot.Core.Identifiers;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using StoredUnit = Depot.Core.Storage.Rows.UnitRow;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// <c>units</c> export: every unit with a known owner and model, in the order the depot took them
/// in, with the columns of the import, so that an export imports again unchanged. Streams the
/// units one at a time; only the second serial numbers of IMEI units are gathered first.
/// </summary>
public static class UnitsExport
{
    public static void Write(DepotContext context, ExportFilter filter, CsvExport export) => context.Read(s =>
    {
        var owners = s.Table<OwnerRow>().All().ToDictionary(o => o.Id, o => o.Code);
        var models = s.Table<ModelRow>().All().ToDictionary(m => m.Id, m => m.Sku);
        var ownerId = filter.OwnerCode is { } code ? IdOf(owners, code) : null;
        var modelId = filter.ModelSku is { } sku ? IdOf(models, sku) : null;
        if ((filter.OwnerCode is not null && ownerId is null) || (filter.ModelSku is not null && modelId is null))
        {
            return 0;
        }

        var state = filter.State?.ToString();
        var serials = Serials(s);
        foreach (var unit in s.Table<StoredUnit>().All())
        {
            if (unit.OwnerId is not { } owner || unit.ModelId is not { } model
                || (ownerId is not null && owner != ownerId) || (modelId is not null && model != modelId) || (state is not null && unit.State != state)
                || !owners.TryGetValue(owner, out var ownerCode) || !models.TryGetValue(model, out var modelSku))
            {
                continue;
            }

            var isImei = unit.IdentifierKind == nameof(IdentifierKind.Imei);
            export.Text(isImei ? unit.Identifier : "")
                .Text(isImei ? SerialOf(serials, unit) : unit.Identifier)
                .Text(modelSku)
                .Text(ownerCode)
                .Text(unit.Grade)
                .Text(unit.Bin)
                .Date(unit.Purchased)
                .Date(unit.WarrantyUntil)
                .Date(unit.CarePlanUntil)
                .EndRow();
        }

        return 0;
    });

    private static long? IdOf(Dictionary<long, string> codes, string code)
    {
        var wanted = code.Trim();
        foreach (var (id, known) in codes)
        {
            if (string.Equals(known, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Every serial number a unit goes by, per unit, earliest first (IMEI units keep a serial as a second identifier).</summary>
    private static Dictionary<long, List<UnitIdentifierRow>> Serials(IStoreSession session)
    {
        var serials = new Dictionary<long, List<UnitIdentifierRow>>();
        foreach (var identifier in session.Table<UnitIdentifierRow>().All())
        {
            if (identifier.Kind == nameof(IdentifierKind.Serial))
            {
                if (!serials.TryGetValue(identifier.UnitId, out var list))
                {
                    serials[identifier.UnitId] = list = [];
                }

                list.Add(identifier);
            }
        }

        return serials;
    }

    private static string? SerialOf(Dictionary<long, List<UnitIdentifierRow>> serials, StoredUnit unit) =>
        serials.TryGetValue(unit.Id, out var list)
            ? list.Where(i => i.Identifier != unit.Identifier).OrderBy(i => i.AddedAt).ThenBy(i => i.Id).FirstOrDefault()?.Identifier
            : null;
}
