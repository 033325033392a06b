namespace Depot.Core.Storage.Rows;

/// <summary>A device model (SKU) with its retail price and, when it declares one, its serial-number pattern.</summary>
public sealed class ModelRow : IRow
{
    public static readonly IndexSpec BySku = new("models_sku", nameof(SkuKey), IndexKeyType.Text, Unique: true);

    public long Id { get; set; }

    public string Sku { get; set; } = "";

    /// <summary>The SKU upper-cased: SKUs match case-insensitively.</summary>
    public string SkuKey => Sku.ToUpperInvariant();

    public string Name { get; set; } = "";

    public decimal RetailPrice { get; set; }

    public string Currency { get; set; } = "EUR";

    /// <summary>
    /// The regular expression a whole serial number of this model matches (letters in any case), as
    /// the model declared it; null when it declares none. Rows stored before models had a pattern have none.
    /// </summary>
    public string? SerialPattern { get; set; }
}
