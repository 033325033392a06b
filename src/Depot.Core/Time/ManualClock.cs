namespace Depot.Core.Time;

/// <summary>A clock that stands still until told to move: for tests, the demo loader and replays.</summary>
public sealed class ManualClock(DateTimeOffset start, TimeZoneInfo? zone = null) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone { get; } = zone ?? TimeZoneInfo.Local;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Set(DateTimeOffset instant) => _now = instant;

    public void Advance(TimeSpan by) => _now += by;
}
