using System.Globalization;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Probe;

/// <summary>What the probe process does to the depot: the same shape of units of work as a bench's receive and inspect.</summary>
internal static class Bench
{
    public static int Receive(string path, string name, int first, int count, bool reverse)
    {
        using var store = StoreEngines.Open(path);
        var numbers = Enumerable.Range(first, count);
        foreach (var n in reverse ? numbers.Reverse() : numbers)
        {
            foreach (var (from, trigger, to) in new[] { ("WithUser", "Receive", "Received"), ("Received", "Inspect", "QualityCheck") })
            {
                var outcome = Step(store, name, $"U{n:D6}", from, trigger, to);
                Console.WriteLine($"{outcome} U{n:D6} {trigger} by {name}");
                Console.Out.Flush();
            }
        }

        return 0;
    }

    public static int Watch(string path, TimeSpan duration)
    {
        using var store = StoreEngines.Open(path);
        var until = DateTime.UtcNow + duration;
        var reads = 0;
        while (DateTime.UtcNow < until)
        {
            using var session = store.BeginRead();
            var received = session.Counter("received");
            var events = session.Table<EventRow>().Count();
            var inspected = session.Counter("inspected");
            if (events != received + inspected)
            {
                Console.WriteLine($"inconsistent: {events} events, counters {received} + {inspected}");
            }

            reads++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reads {reads}"));
        return 0;
    }

    public static int Hold(string path, TimeSpan duration)
    {
        using var store = StoreEngines.Open(path);
        using var writer = store.BeginWrite();
        writer.AddToCounter("held", 1);
        Console.WriteLine("holding");
        Console.Out.Flush();
        Thread.Sleep(duration);
        writer.Commit();
        return 0;
    }

    private static string Step(IDepotStore store, string name, string identifier, string from, string trigger, string to)
    {
        using var writer = store.BeginWrite();
        var link = writer.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier)
            ?? throw new InvalidOperationException($"{identifier} is not in the depot");
        var unit = writer.Table<UnitRow>().Get(link.UnitId)!;
        if (unit.State != from)
        {
            return "refused";
        }

        var seen = unit.Version;
        unit.State = to;
        unit.Version = seen + 1;
        unit.StateSince = DateTimeOffset.UtcNow;
        if (!writer.Table<UnitRow>().UpdateIfVersion(unit, seen))
        {
            return "changed";
        }

        writer.Table<EventRow>().Insert(new EventRow
        {
            UnitId = unit.Id,
            At = DateTimeOffset.UtcNow,
            Operator = name,
            Trigger = trigger,
            FromState = from,
            ToState = to,
        });
        writer.AddToCounter(trigger == "Receive" ? "received" : "inspected", 1);
        writer.Commit();
        return "ok";
    }
}
