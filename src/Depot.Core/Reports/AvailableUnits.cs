using Depot.Core.Storage;

namespace Depot.Core.Reports;

/// <summary>
/// How many of an owner's units stood Available on the shelf at given moments (the month ends of
/// the quality report): a unit counts at a moment when the last event it had before that moment
/// left it Available.
/// </summary>
public sealed class AvailableUnits(DepotContext context)
{
    /// <summary>
    /// The owner's Available units at each of <paramref name="moments"/>, in the same order.
    /// Reads the owner's events once, however many moments are asked for.
    /// </summary>
    public IReadOnlyList<int> At(long ownerId, IReadOnlyList<DateTimeOffset> moments)
    {
        // Instants are compared as stored text, exactly as SQL compares e.at with a moment.
        var stored = moments.Select(m => m.ToStored()).ToArray();
        var order = Enumerable.Range(0, stored.Length).OrderBy(i => stored[i], StringComparer.Ordinal).ToArray();
        var ends = order.Select(i => stored[i]).ToArray();
        var buckets = ends.Length;
        var slots = new Dictionary<long, int>();
        var lastId = new List<long>();
        var lastAvailable = new List<bool>();

        // Each event counts from the first moment after it on; per unit and per first moment, only
        // the latest event (by id) is kept. The rows need no order, so SQLite sorts nothing.
        using (var command = context.Connection.Command(
            """
            SELECT e.unit_id, e.id, e.at, e.to_state = 'Available'
            FROM units u JOIN events e ON e.unit_id = u.id
            WHERE u.owner_id = $owner
            """, context.CurrentTransaction).With("$owner", ownerId))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var first = FirstAfter(ends, reader.GetString(2));
                if (first == buckets)
                {
                    continue;
                }

                var unit = reader.GetInt64(0);
                if (!slots.TryGetValue(unit, out var slot))
                {
                    slot = slots.Count;
                    slots.Add(unit, slot);
                    for (var b = 0; b < buckets; b++)
                    {
                        lastId.Add(long.MinValue);
                        lastAvailable.Add(false);
                    }
                }

                var at = slot * buckets + first;
                var id = reader.GetInt64(1);
                if (id > lastId[at])
                {
                    lastId[at] = id;
                    lastAvailable[at] = reader.GetInt64(3) == 1;
                }
            }
        }

        var sorted = new int[buckets];
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var bestId = long.MinValue;
            var available = false;
            for (var b = 0; b < buckets; b++)
            {
                var at = slot * buckets + b;
                if (lastId[at] > bestId)
                {
                    bestId = lastId[at];
                    available = lastAvailable[at];
                }

                if (available)
                {
                    sorted[b]++;
                }
            }
        }

        var counts = new int[moments.Count];
        for (var b = 0; b < buckets; b++)
        {
            counts[order[b]] = sorted[b];
        }

        return counts;
    }

    // The index of the first end later than the event's instant (ends.Length when none is).
    private static int FirstAfter(string[] ends, string at)
    {
        int low = 0, high = ends.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(ends[mid], at) > 0)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
