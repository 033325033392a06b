namespace Depot.Core.Storage.Rows;

/// <summary>A repair partner the depot sends units to.</summary>
public sealed class PartnerRow : IRow
{
    public static readonly IndexSpec ByCode = new("partners_code", nameof(CodeKey), IndexKeyType.Text, Unique: true);

    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The code upper-cased: partner codes match case-insensitively.</summary>
    public string CodeKey => Code.ToUpperInvariant();

    public string Name { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }

    public string AddedBy { get; set; } = "";
}
