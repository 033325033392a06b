namespace Depot.Core.Reports;

/// <summary>
/// One late return, with the columns of the <c>overdue-returns</c> export. <see cref="ReceivedAt"/>
/// is when a return that arrived after its due date was received: still listed, its charge kept
/// for review; null while it is still out.
/// </summary>
/// <param name="ImeiOut">The swap unit sent to the user.</param>
/// <param name="ImeiDue">The defective unit expected back.</param>
/// <param name="Charge">The swap unit's retail price: charged (received late) or what it will cost.</param>
public sealed record OverdueReturnRow(
    string Ticket,
    string Owner,
    string? Customer,
    string? ImeiOut,
    string? ImeiDue,
    DateOnly Shipped,
    DateOnly Due,
    int WorkingDaysLate,
    decimal Charge,
    string Currency,
    DateTimeOffset? ReceivedAt)
{
    /// <summary>The return came back (late); false while it is still out.</summary>
    public bool Received => ReceivedAt is not null;
}
