using Depot.Core.Billing;

namespace Depot.Core.Invoicing;

/// <summary>One line of a monthly billing basis.</summary>
/// <param name="Date">The day it happened (the first day of the period for a service-fee line).</param>
/// <param name="Ticket">The case, for shipments and charges.</param>
/// <param name="Unit">The unit's identifier, for shipments and charges.</param>
/// <param name="Description">What the line is, in words for the customer's invoice.</param>
public sealed record BillingLine(BillingLineKind Kind, DateOnly Date, string? Ticket, string? Unit, string Description, Money Amount);
