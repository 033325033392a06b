using Depot.Core.Billing;

namespace Depot.Core.Owners;

/// <summary>A device model (SKU) and its retail price, charged when a swap unit is not returned.</summary>
public sealed record DeviceModel(long Id, string Sku, string Name, Money RetailPrice);
