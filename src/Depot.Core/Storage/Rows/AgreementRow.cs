namespace Depot.Core.Storage.Rows;

/// <summary>One dated version of an owner's service agreement.</summary>
public sealed class AgreementRow : IRow
{
    public static readonly IndexSpec ByOwner = new("agreements_owner", nameof(OwnerId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long OwnerId { get; set; }

    /// <summary>The first day these terms are in force (depot-local date).</summary>
    public DateOnly EffectiveFrom { get; set; }

    public string Level { get; set; } = "";

    public decimal FeePerUser { get; set; }

    public string Currency { get; set; } = "SEK";

    public bool SwapIncluded { get; set; }

    public decimal Freight { get; set; }

    public decimal Packaging { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Operator { get; set; } = "";
}
