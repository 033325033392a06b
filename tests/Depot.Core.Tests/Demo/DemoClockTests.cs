using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Fuzzing;

namespace Depot.Core.Tests.Demo;

/// <summary>The demo depot opened in the morning shows today's events done, never in the future.</summary>
public sealed class DemoClockTests
{
    private static readonly DateOnly Day = new(2026, 12, 3);

    // 09:00 in Stockholm: most of the day's history (08:26 to the afternoon) is still to come.
    private static readonly DateTimeOffset Morning = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_event_or_other_instant_of_the_demo_lies_after_the_moment_it_was_loaded_at()
    {
        using var demo = new LoadedDemo(Day, notAfter: Morning);

        var late = demo.Context.Read(s => StoreSchema.Tables
            .SelectMany(table => StoredRows.All(s, table).SelectMany(row => Instants(row).Select(i => (Field: $"{table.Name}.{i.Field}", i.At))))
            .Where(i => i.At > Morning)
            .Select(i => $"{i.Field} {i.At:O}")
            .ToList());

        Assert.Empty(late);
    }

    [Fact]
    public void Todays_events_still_to_come_happen_in_the_minute_before_in_their_order()
    {
        using var demo = new LoadedDemo(Day, notAfter: Morning);

        var events = demo.Context.Read(s => s.Table<EventRow>().Range(EventRow.ByAt, StoreKeys.Instant(Morning.AddMinutes(-1)), null)).OrderBy(e => e.Id).ToList();

        // 09:33 PartnerResult, 10:33 and 14:15 Inspect, ... of the day's history: done, in the order the history has them.
        Assert.True(events.Count >= 3, $"{events.Count} event(s) in the last minute");
        Assert.All(events, e => Assert.InRange(e.At, Morning.AddMinutes(-1), Morning));
        Assert.Equal(events.Select(e => e.At).Order(), events.Select(e => e.At));
    }

    private static IEnumerable<(string Field, DateTimeOffset At)> Instants(object row)
    {
        foreach (var property in row.GetType().GetProperties())
        {
            if (property.GetValue(row) is DateTimeOffset at)
            {
                yield return (property.Name, at);
            }
        }
    }
}
