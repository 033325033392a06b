namespace Depot.Core.Storage.Rows;

/// <summary>The record of one import: which file, who, when, and the counts.</summary>
public sealed class ImportRow : IRow
{
    public static readonly IndexSpec BySha256 = new("imports_sha256", nameof(Sha256), IndexKeyType.Text);

    /// <summary>Imports in time order (the latest imports, newest first).</summary>
    public static readonly IndexSpec ByAt = new("imports_at", nameof(AtKey), IndexKeyType.Text);

    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string Operator { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public long RowsRead { get; set; }

    public long Applied { get; set; }

    public long AlreadyApplied { get; set; }

    public long Rejected { get; set; }

    public bool Strict { get; set; }

    public string AtKey => StoreKeys.Instant(At);
}
