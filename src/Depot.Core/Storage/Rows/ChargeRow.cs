namespace Depot.Core.Storage.Rows;

/// <summary>Money a case owes: added, never edited.</summary>
public sealed class ChargeRow : IRow
{
    public static readonly IndexSpec ByCase = new("charges_case", nameof(CaseId), IndexKeyType.Integer);

    public long Id { get; set; }

    public long CaseId { get; set; }

    public long? UnitId { get; set; }

    /// <summary>"diagnostic_fee", "quote" or "retail_price".</summary>
    public string Kind { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public string Reason { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string Operator { get; set; } = "";
}
