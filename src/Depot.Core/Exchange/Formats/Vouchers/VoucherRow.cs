using Depot.Core.Identifiers;

namespace Depot.Core.Exchange.Formats.Vouchers;

/// <summary>One row of a <c>vouchers</c> file: a service voucher bought for a device.</summary>
public sealed record VoucherRow(string Code, Imei Imei, DateOnly Purchased, DateOnly Registered);
