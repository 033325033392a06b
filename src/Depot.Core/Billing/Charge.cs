namespace Depot.Core.Billing;

/// <summary>One line of a case's charges ledger. Lines are only ever added, never changed.</summary>
/// <param name="UnitIdentifier">The unit the charge is about (the swap unit for a retail price).</param>
/// <param name="Reason">Why, in words for the person reviewing the case.</param>
public sealed record Charge(long Id, string Ticket, ChargeKind Kind, Money Amount, string Reason, string? UnitIdentifier, DateTimeOffset At, string Operator);
