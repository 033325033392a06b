namespace Depot.Core.Storage.Rows;

/// <summary>What a partner reported for a repair order, keyed as the partner keys it.</summary>
public sealed class RepairResultRow : IRow
{
    /// <summary>Order, result and completion: importing the same result twice changes nothing.</summary>
    public static readonly IndexSpec ByKey = new("repair_results_key", nameof(Key), IndexKeyType.Text, Unique: true);

    public long Id { get; set; }

    public string OrderNo { get; set; } = "";

    public string Result { get; set; } = "";

    public string Completed { get; set; } = "";

    public string Key => OrderNo + "|" + Result + "|" + Completed;

    public string Imei { get; set; } = "";

    public string? NewImei { get; set; }

    public string? Parts { get; set; }

    public int? LabourMinutes { get; set; }

    public decimal? Cost { get; set; }

    public string? Currency { get; set; }

    public decimal? Quote { get; set; }

    public string? Note { get; set; }

    public long? ImportId { get; set; }
}
