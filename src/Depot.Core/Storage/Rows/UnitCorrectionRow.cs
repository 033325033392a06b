namespace Depot.Core.Storage.Rows;

/// <summary>A descriptive field corrected by hand (owner, model, bin): who, when, from what to what, why.</summary>
public sealed class UnitCorrectionRow : IRow
{
    public static readonly IndexSpec ByUnit = new("unit_corrections_unit", nameof(UnitId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long UnitId { get; set; }

    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Operator { get; set; } = "";

    public long? SessionId { get; set; }
}
