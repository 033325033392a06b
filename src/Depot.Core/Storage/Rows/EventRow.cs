namespace Depot.Core.Storage.Rows;

/// <summary>One immutable line of the audit trail.</summary>
public sealed class EventRow : IRow
{
    public static readonly IndexSpec ByUnit = new("events_unit", nameof(UnitId), IndexKeyType.Integer);

    /// <summary>Events in time order (day lists, reports).</summary>
    public static readonly IndexSpec ByAt = new("events_at", nameof(AtKey), IndexKeyType.Text);

    public long Id { get; set; }

    public long UnitId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Operator { get; set; } = "";

    public string Trigger { get; set; } = "";

    /// <summary>Null for the event that made the unit known.</summary>
    public string? FromState { get; set; }

    public string ToState { get; set; } = "";

    public long? CaseId { get; set; }

    public Dictionary<string, string>? Details { get; set; }

    public string AtKey => StoreKeys.Instant(At);
}
