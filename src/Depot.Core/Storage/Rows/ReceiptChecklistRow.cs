namespace Depot.Core.Storage.Rows;

/// <summary>What came in the box with a received unit, and whether the SIM was taken out.</summary>
public sealed class ReceiptChecklistRow : IRow
{
    public static readonly IndexSpec ByEvent = new("receipt_checklists_event", nameof(EventId), IndexKeyType.Integer, Unique: true);

    public long Id { get; set; }

    /// <summary>The Receive event this checklist belongs to.</summary>
    public long EventId { get; set; }

    public bool Charger { get; set; }

    public bool Cable { get; set; }

    public bool Box { get; set; }

    public bool SimRemoved { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Operator { get; set; } = "";
}
