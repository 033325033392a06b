using System.Globalization;
using Depot.Core;
using Depot.Core.Calendar;

namespace Depot.Tui.Ui.Widgets;

/// <summary>
/// The one way the screens and the CLI show time: an instant as "yyyy-MM-dd HH:mm" in the depot's time zone
/// (a setting), a calendar date as "yyyy-MM-dd".
/// </summary>
internal sealed class DepotTime(TimeZoneInfo zone)
{
    /// <summary>The depot's time as its settings say, whatever zone the machine is in.</summary>
    public static DepotTime For(DepotContext context) => new(DepotCalendar.ZoneOf(context));

    public TimeZoneInfo Zone { get; } = zone;

    public string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string Instant(DateTimeOffset? instant) => instant is { } i ? Instant(i) : "-";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
