using Depot.Core.Agreements;
using Depot.Core.Billing;

namespace Depot.Core.Invoicing;

/// <summary>A swap unit shipped to an end user: it costs freight and packaging under the terms in force that day.</summary>
public sealed record Shipment(DateOnly Date, string Ticket, string Unit);

/// <summary>A charge on one of the owner's cases.</summary>
public sealed record CaseCharge(DateOnly Date, string Ticket, string? Unit, BillingLineKind Kind, Money Amount, string Reason);

/// <summary>A swap shipped whose defective unit has not come back: its retail price is held.</summary>
public sealed record PendingSwap(DateOnly Shipped, string Ticket, string Unit, Money RetailPrice, DateOnly? Due);

/// <summary>Everything the monthly billing basis of one owner is computed from.</summary>
/// <param name="Month">The first day of the month billed.</param>
/// <param name="Terms">Every version of the owner's agreement, in any order.</param>
/// <param name="Fleet">Every fleet size the owner had, each from its day, in any order.</param>
public sealed record BillingFacts(
    string OwnerCode,
    DateOnly Month,
    IReadOnlyList<Agreement> Terms,
    IReadOnlyList<(DateOnly From, int Fleet)> Fleet,
    IReadOnlyList<Shipment> Shipments,
    IReadOnlyList<CaseCharge> Charges,
    IReadOnlyList<PendingSwap> Pending);
