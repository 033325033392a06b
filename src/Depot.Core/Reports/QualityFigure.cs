namespace Depot.Core.Reports;

/// <summary>
/// The names of the monthly quality figures kept as counters (the last part of a
/// <see cref="ReportCounts.QualityKey"/>). A figure with a value part (<c>ship-days|2</c>) is one
/// bar of a histogram: how many cases or repairs took that many days.
/// </summary>
public static class QualityFigure
{
    /// <summary>Cases opened in the month.</summary>
    public const string Opened = "opened";

    /// <summary>Cases closed in the month.</summary>
    public const string Closed = "closed";

    /// <summary>Cases whose swap unit shipped in the month.</summary>
    public const string Shipped = "shipped";

    /// <summary>Histogram: swaps shipped in the month by working days from registration.</summary>
    public const string ShipDays = "ship-days|";

    /// <summary>Histogram: repairs passed in the month by calendar days from the defective unit's receipt.</summary>
    public const string RepairDays = "repair-days|";

    /// <summary>Inspections in the month by outcome (<c>inspected|NoFaultFound</c>).</summary>
    public const string Inspected = "inspected|";

    /// <summary>Cases due back in the month whose defective unit came back late.</summary>
    public const string OverdueReceived = "overdue";

    /// <summary>The change in the owner's Available units over the month (may be negative).</summary>
    public const string Available = "available";
}
