namespace Depot.Core.Tests.Support;

/// <summary>
/// A standing clock that runs a given action once, the next time it is read: a way to let
/// "another bench" change the depot between a service's first look and its write.
/// </summary>
public sealed class InterruptingClock(DateTimeOffset now) : TimeProvider
{
    private Action? _next;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Runs <paramref name="action"/> at the next reading of the clock, once.</summary>
    public void OnNextReading(Action action) => _next = action;

    public override DateTimeOffset GetUtcNow()
    {
        var action = _next;
        _next = null;
        action?.Invoke();
        return now;
    }
}
