namespace Depot.Core.Coverage;

/// <summary>A service voucher linked to one device's IMEI. The service follows the device, not the person.</summary>
public sealed record Voucher(string Code, string Imei, DateOnly Purchased, DateOnly Registered);
