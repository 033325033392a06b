namespace Depot.Core.Storage.Rows;

/// <summary>One service ticket for one end user's device.</summary>
public sealed class CaseRow : IRow
{
    public static readonly IndexSpec ByTicket = new("cases_ticket", nameof(TicketKey), IndexKeyType.Text, Unique: true);

    public static readonly IndexSpec ByOwner = new("cases_owner", nameof(OwnerId), IndexKeyType.Integer);

    /// <summary>Open cases by owner ("open|12"), closed ones apart ("closed|12").</summary>
    public static readonly IndexSpec ByOpenOwner = new("cases_open_owner", nameof(OpenOwnerKey), IndexKeyType.Text);

    /// <summary>Cases with a return due date by that date, open ones apart ("open|2026-11-20", "closed|2026-11-20"); empty without one.</summary>
    public static readonly IndexSpec ByOpenDue = new("cases_open_due", nameof(OpenDueKey), IndexKeyType.Text);

    public long Id { get; set; }

    public string Ticket { get; set; } = "";

    public string TicketKey => Ticket.ToUpperInvariant();

    public long OwnerId { get; set; }

    /// <summary>"swap", "repair" or "loan".</summary>
    public string Kind { get; set; } = "swap";

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Customer { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Fault { get; set; }

    /// <summary>When the service desk registered the case (drives the ship cut-off).</summary>
    public DateTimeOffset? ReportedAt { get; set; }

    public Dictionary<string, string>? Diagnosis { get; set; }

    public DateOnly? ShipDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public string OpenOwnerKey => (ClosedAt is null ? "open|" : "closed|") + StoreKeys.Id(OwnerId);

    public string OpenDueKey => DueDate is { } due ? (ClosedAt is null ? "open|" : "closed|") + StoreKeys.Date(due) : "";
}
