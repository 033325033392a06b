namespace Depot.Core.Storage.Rows;

/// <summary>A cycle count of one bin or one owner's whole pool.</summary>
public sealed class CountSessionRow : IRow
{
    public long Id { get; set; }

    /// <summary>"bin" or "owner".</summary>
    public string Scope { get; set; } = "";

    public string Target { get; set; } = "";

    public DateTimeOffset OpenedAt { get; set; }

    public string OpenedBy { get; set; } = "";

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }
}
