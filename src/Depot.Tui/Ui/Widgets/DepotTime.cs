using System.Globalization;

namespace Depot.Tui.Ui.Widgets;

/// <summary>
/// The one way the screens show time: an instant as "yyyy-MM-dd HH:mm" in the depot's time zone
/// (a setting), a calendar date as "yyyy-MM-dd".
/// </summary>
internal sealed class DepotTime(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string Instant(DateTimeOffset? instant) => instant is { } i ? Instant(i) : "-";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
