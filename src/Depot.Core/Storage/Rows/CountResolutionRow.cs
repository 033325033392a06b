namespace Depot.Core.Storage.Rows;

/// <summary>How a count difference was settled: the action taken and why.</summary>
public sealed class CountResolutionRow : IRow
{
    public static readonly IndexSpec BySession = new("count_resolutions_session", nameof(SessionId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long SessionId { get; set; }

    public string Identifier { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Action { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Operator { get; set; } = "";
}
