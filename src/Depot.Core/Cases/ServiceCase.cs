namespace Depot.Core.Cases;

/// <summary>One service ticket for one end user's device.</summary>
public sealed record ServiceCase(long Id, string Ticket, string OwnerCode, CaseKind Kind, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);
