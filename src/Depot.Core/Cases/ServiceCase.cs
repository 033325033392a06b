namespace Depot.Core.Cases;

/// <summary>One service ticket for one end user's device.</summary>
public sealed record ServiceCase(long Id, string Ticket, string OwnerCode, CaseKind Kind, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt)
{
    /// <summary>Who, what and when, as the service desk reported it.</summary>
    public CaseDetails Details { get; init; } = CaseDetails.Empty;

    /// <summary>The day the swap unit ships (or shipped), by the cut-off rule.</summary>
    public DateOnly? ShipDate { get; init; }

    /// <summary>The day the defective unit is due back: 10 working days after shipping.</summary>
    public DateOnly? DueDate { get; init; }
}
