namespace Depot.Core.Units;

/// <summary>Instants as rows keep them: UTC, whole milliseconds (what every engine stores exactly).</summary>
internal static class StoredTime
{
    /// <summary>The context's clock now, as it will read back from storage.</summary>
    public static DateTimeOffset StoredNow(this DepotContext context) => Of(context.Now);

    public static DateTimeOffset Of(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
