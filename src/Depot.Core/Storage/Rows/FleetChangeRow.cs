namespace Depot.Core.Storage.Rows;

/// <summary>An owner's fleet size from a given day: the service fee of a month follows it day by day.</summary>
public sealed class FleetChangeRow : IRow
{
    public static readonly IndexSpec ByOwner = new("fleet_changes_owner", nameof(OwnerId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long OwnerId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public int Fleet { get; set; }

    /// <summary>The fleet before this change (what the owner had before the first recorded change).</summary>
    public int Previous { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Operator { get; set; } = "";
}
