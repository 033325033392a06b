namespace Depot.Core.Storage.Rows;

/// <summary>One scan of a count: what was counted where, by whom.</summary>
public sealed class CountLineRow : IRow
{
    public static readonly IndexSpec BySession = new("count_lines_session", nameof(SessionId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long SessionId { get; set; }

    public string Identifier { get; set; } = "";

    public string? Bin { get; set; }

    public DateTimeOffset CountedAt { get; set; }

    public string Counter { get; set; } = "";
}
