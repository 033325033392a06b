using Depot.Core.Storage;

namespace Depot.Core.Units;

/// <summary>
/// Reads an index range page by page, lazily, for lists that filter further in memory and stop
/// after a limit: only as many rows are read as the list needs. Pages start small and grow up to
/// <c>pageSize</c>, so a range that contributes little to a merged list costs little.
/// </summary>
internal static class RangeScan
{
    public static IEnumerable<TRow> Rows<TRow>(ITable<TRow> table, IndexSpec index, string from, string to, Func<TRow, string> keyOf, int pageSize)
        where TRow : class, IRow, new()
    {
        // Rows of the last key read so far: the next page starts at that key (inclusive) and skips them.
        var lastKey = "";
        var seen = new HashSet<long>();
        var start = from;
        var largest = Math.Max(pageSize, 16);
        var page = Math.Min(64, largest);
        while (true)
        {
            var rows = table.Range(index, start, to, limit: page);
            var fresh = 0;
            foreach (var row in rows)
            {
                var key = keyOf(row);
                if (string.CompareOrdinal(key, lastKey) != 0)
                {
                    lastKey = key;
                    seen.Clear();
                }

                if (seen.Add(row.Id))
                {
                    fresh++;
                    yield return row;
                }
            }

            if (rows.Count < page)
            {
                yield break;
            }

            // A page of rows already seen (one key shared by many rows): read a bigger one.
            page = fresh == 0 ? page * 2 : Math.Min(page * 2, Math.Max(largest, page));
            start = lastKey;
        }
    }

    /// <summary>Merges streams that are each in (instant, id) order into one stream in that order.</summary>
    public static IEnumerable<TRow> Merge<TRow>(IEnumerable<IEnumerable<TRow>> streams, Func<TRow, DateTimeOffset> instantOf)
        where TRow : IRow
    {
        var heads = new PriorityQueue<IEnumerator<TRow>, (DateTimeOffset, long)>();
        var open = new List<IEnumerator<TRow>>();
        try
        {
            foreach (var stream in streams)
            {
                var e = stream.GetEnumerator();
                open.Add(e);
                if (e.MoveNext())
                {
                    heads.Enqueue(e, (instantOf(e.Current), e.Current.Id));
                }
            }

            while (heads.TryDequeue(out var head, out _))
            {
                yield return head.Current;
                if (head.MoveNext())
                {
                    heads.Enqueue(head, (instantOf(head.Current), head.Current.Id));
                }
            }
        }
        finally
        {
            foreach (var e in open)
            {
                e.Dispose();
            }
        }
    }
}
