namespace Depot.Core.Storage.Rows;

/// <summary>A unit sent to a repair partner, with the partner's result.</summary>
public sealed class RepairOrderRow : IRow
{
    public static readonly IndexSpec ByOrderNo = new("repair_orders_no", nameof(OrderNo), IndexKeyType.Text, Unique: true);

    public static readonly IndexSpec ByUnit = new("repair_orders_unit", nameof(UnitId), IndexKeyType.Integer);

    /// <summary>Orders by partner, open ones apart: "open|PARTNER" or "done|PARTNER".</summary>
    public static readonly IndexSpec ByOpenPartner = new("repair_orders_open_partner", nameof(OpenPartnerKey), IndexKeyType.Text);

    public long Id { get; set; }

    public string OrderNo { get; set; } = "";

    public long UnitId { get; set; }

    public long? CaseId { get; set; }

    public string Partner { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public string? Result { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public decimal? QuoteAmount { get; set; }

    public string? QuoteCurrency { get; set; }

    public string? Note { get; set; }

    public string OpenPartnerKey => (Result is null ? "open|" : "done|") + Partner.ToUpperInvariant();
}
