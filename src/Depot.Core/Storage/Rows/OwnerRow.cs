namespace Depot.Core.Storage.Rows;

/// <summary>A business customer that owns a swap pool.</summary>
public sealed class OwnerRow : IRow
{
    public static readonly IndexSpec ByCode = new("owners_code", nameof(CodeKey), IndexKeyType.Text, Unique: true);

    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The code upper-cased: codes match case-insensitively.</summary>
    public string CodeKey => Code.ToUpperInvariant();

    public string Name { get; set; } = "";

    public int Fleet { get; set; }

    public decimal TargetPercent { get; set; }

    /// <summary>"pool" or "user": where a repaired unit goes.</summary>
    public string Policy { get; set; } = "pool";
}
