using Depot.Core.Billing;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Owners;

/// <summary>Owners and models as rows and as the domain sees them.</summary>
internal static class CatalogRows
{
    /// <summary>An owner code or SKU as its index stores it: trimmed, upper-cased (they match case-insensitively).</summary>
    public static string Key(string codeOrSku) => (codeOrSku ?? "").Trim().ToUpperInvariant();

    public static Owner ToOwner(OwnerRow row) =>
        new(row.Id, row.Code, row.Name, row.Fleet, row.TargetPercent, row.Policy == "user" ? OwnerPolicy.User : OwnerPolicy.Pool);

    public static DeviceModel ToModel(ModelRow row) =>
        new(row.Id, row.Sku, row.Name, new Money(row.RetailPrice, row.Currency), row.SerialPattern);
}
