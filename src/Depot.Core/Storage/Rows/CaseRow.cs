using System.Globalization;

namespace Depot.Core.Storage.Rows;

/// <summary>One service ticket for one end user's device.</summary>
public sealed class CaseRow : IRow
{
    public static readonly IndexSpec ByTicket = new("cases_ticket", nameof(TicketKey), IndexKeyType.Text, Unique: true);

    public static readonly IndexSpec ByOwner = new("cases_owner", nameof(OwnerId), IndexKeyType.Integer);

    /// <summary>Open cases by owner ("open|12"), closed ones apart ("closed|12").</summary>
    public static readonly IndexSpec ByOpenOwner = new("cases_open_owner", nameof(OpenOwnerKey), IndexKeyType.Text);

    /// <summary>Cases in the order a case list shows them (see <see cref="ListKey"/>).</summary>
    public static readonly IndexSpec ByListOrder = new("cases_list_order", nameof(ListKey), IndexKeyType.Text);

    /// <summary>One owner's cases in list order: "12|" then <see cref="ListKey"/>.</summary>
    public static readonly IndexSpec ByOwnerListOrder = new("cases_owner_list_order", nameof(OwnerListKey), IndexKeyType.Text);

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

    /// <summary>
    /// Open ("0|") before closed ("1|"); then cases with a due date ("0|yyyy-MM-dd", soonest first)
    /// before those without ("1|"); then newest opened first (inverted ticks, fixed width).
    /// </summary>
    public string ListKey =>
        (ClosedAt is null ? "0|" : "1|")
        + (DueDate is { } due ? "0|" + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "1|")
        + "|" + (DateTimeOffset.MaxValue.UtcTicks - OpenedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public string OwnerListKey => StoreKeys.Id(OwnerId) + "|" + ListKey;

    public string OpenDueKey => DueDate is { } due ? (ClosedAt is null ? "open|" : "closed|") + StoreKeys.Date(due) : "";
}
