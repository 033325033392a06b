using System.Globalization;

namespace Depot.Core.Storage;

/// <summary>How values are written into text index keys so that text order is the values' order.</summary>
public static class StoreKeys
{
    /// <summary>An instant as fixed-width UTC text (millisecond precision): text order is time order.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A calendar date as yyyy-MM-dd: text order is date order.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An optional id as text; empty when there is none.</summary>
    public static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";
}
