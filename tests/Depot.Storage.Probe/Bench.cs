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

    public static int FormatFile(string path)
    {
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        using (var store = StoreEngines.Open(path))
        using (var writer = store.BeginWrite())
        {
            var owner = writer.Table<OwnerRow>().Insert(new OwnerRow { Code = "ATEA", Name = "Atea", Fleet = 1200, TargetPercent = 8m });
            writer.Table<OwnerRow>().Insert(new OwnerRow { Code = "TELIA", Name = "Telia", Fleet = 300, TargetPercent = 8m, Policy = "user" });
            var model = writer.Table<ModelRow>().Insert(new ModelRow { Sku = "IPH13-128", Name = "iPhone 13 128 GB" });
            var unit = writer.Table<UnitRow>().Insert(new UnitRow
            {
                Identifier = "356938035643809", OwnerId = owner, ModelId = model, State = "Received", StateSince = at, Version = 2,
                Purchased = new DateOnly(2025, 3, 1),
            });
            writer.Table<UnitIdentifierRow>().Insert(new UnitIdentifierRow { Identifier = "356938035643809", UnitId = unit, AddedAt = at });
            writer.Table<EventRow>().Insert(new EventRow { UnitId = unit, At = at, Operator = "format", Trigger = "Receive", FromState = "WithUser", ToState = "Received" });
            writer.AddToCounter($"pool|{owner}|Received", 1);
            writer.Commit();
        }

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
