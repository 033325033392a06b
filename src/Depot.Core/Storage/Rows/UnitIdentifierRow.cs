namespace Depot.Core.Storage.Rows;

/// <summary>An identifier a unit has or ever had (IMEI, serial, the old IMEI after a board swap).</summary>
public sealed class UnitIdentifierRow : IRow
{
    public static readonly IndexSpec ByIdentifier = new("identifiers_value", nameof(Identifier), IndexKeyType.Text, Unique: true);

    public static readonly IndexSpec ByUnit = new("identifiers_unit", nameof(UnitId), IndexKeyType.Integer);

    public long Id { get; set; }

    public string Identifier { get; set; } = "";

    public long UnitId { get; set; }

    public string Kind { get; set; } = "Imei";

    public DateTimeOffset AddedAt { get; set; }
}
