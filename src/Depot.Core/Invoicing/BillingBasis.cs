using Depot.Core.Billing;

namespace Depot.Core.Invoicing;

/// <summary>
/// What to bill one owner for one month: the billed lines with their totals per currency, and
/// apart from them the amounts held pending. Amounts in different currencies are never added.
/// </summary>
public sealed record BillingBasis(
    string OwnerCode,
    DateOnly Month,
    IReadOnlyList<BillingLine> Lines,
    IReadOnlyList<Money> Totals,
    IReadOnlyList<BillingLine> Pending,
    IReadOnlyList<Money> PendingTotals);
