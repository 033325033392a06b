namespace Depot.Core.Storage.Rows;

/// <summary>One depot setting (time zone, cut-off, fees).</summary>
public sealed class SettingRow : IRow
{
    public static readonly IndexSpec ByKey = new("settings_key", nameof(Key), IndexKeyType.Text, Unique: true);

    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
