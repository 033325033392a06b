using Depot.Core.Billing;
using Depot.Core.Identifiers;

namespace Depot.Core.Owners;

/// <summary>
/// A device model (SKU) and its retail price, charged when a swap unit is not returned. A model may
/// declare the pattern of its manufacturer's serial numbers (<paramref name="SerialPattern"/>, a .NET
/// regular expression a whole serial must match); a serial of the model must then match it.
/// </summary>
public sealed record DeviceModel(long Id, string Sku, string Name, Money RetailPrice, string? SerialPattern = null)
{
    /// <summary>What a serial number of this model looks like: its declared pattern, else the default shape.</summary>
    public SerialShape SerialShape => SerialPattern is null ? SerialShape.Default : SerialShape.OfModel(Sku, SerialPattern);
}
