namespace Depot.Core.Storage.Rows;

/// <summary>A unit a case moves: the defective unit coming back, or the swap unit going out.</summary>
public sealed class CaseUnitRow : IRow
{
    public static readonly IndexSpec ByCase = new("case_units_case", nameof(CaseId), IndexKeyType.Integer);

    public static readonly IndexSpec ByUnit = new("case_units_unit", nameof(UnitId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long CaseId { get; set; }

    public long UnitId { get; set; }

    /// <summary>"defective" or "swap".</summary>
    public string Role { get; set; } = "defective";
}
