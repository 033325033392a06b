using System.Reflection;
using Depot.Core;
using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// Copies a whole depot from one store to another through the store contract, so between any two
/// engines: every table of <see cref="StoreSchema"/> with the rows' ids, and every counter, in one
/// unit of work on the target read from one consistent view of the source. Then compares what
/// arrived with the source.
/// </summary>
public static class StoreCopy
{
    /// <summary>Rows read and written per step.</summary>
    private const int Chunk = 5000;

    private static readonly MethodInfo CopyRows = typeof(StoreCopy).GetMethod(nameof(CopyTable), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo CountRows = typeof(StoreCopy).GetMethod(nameof(CountTable), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/>, which must hold no rows and no
    /// counters (refused otherwise, nothing written). <paramref name="progress"/> hears of each chunk.
    /// </summary>
    public static StoreCopyResult Copy(IDepotStore source, IDepotStore target, IProgress<StoreCopyProgress>? progress = null)
    {
        using var from = source.BeginRead();
        var sourceCounts = StoreSchema.Tables.ToDictionary(t => t.Name, t => Count(from, t));
        var sourceCounters = from.Counters("");
        using (var to = target.BeginWrite())
        {
            RefuseNonEmpty(to, target);
            foreach (var table in StoreSchema.Tables)
            {
                CopyRows.MakeGenericMethod(table.RowType).Invoke(null, [from, to, table, sourceCounts[table.Name], progress]);
            }

            foreach (var counter in sourceCounters)
            {
                to.AddToCounter(counter.Key, counter.Value);
            }

            progress?.Report(new StoreCopyProgress("counters", sourceCounters.Count, sourceCounters.Count));
            to.Commit();
        }

        return Compare(target, sourceCounts, sourceCounters);
    }

    /// <summary>Whether <paramref name="store"/> holds no rows and no counters.</summary>
    public static bool IsEmpty(IDepotStore store)
    {
        using var session = store.BeginRead();
        return StoreSchema.Tables.All(t => Count(session, t) == 0) && session.Counters("").Count == 0;
    }

    /// <summary>Row counts per table and every counter of <paramref name="target"/> against the source's.</summary>
    private static StoreCopyResult Compare(IDepotStore target, Dictionary<string, long> sourceCounts, IReadOnlyList<CounterValue> sourceCounters)
    {
        using var check = target.BeginRead();
        var tables = StoreSchema.Tables.Select(t => new TableCopyCount(t.Name, sourceCounts[t.Name], Count(check, t))).ToList();
        var targetCounters = check.Counters("").ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var counter in sourceCounters)
        {
            var copied = targetCounters.Remove(counter.Key, out var value) ? value : 0;
            if (copied != counter.Value)
            {
                differences.Add($"{counter.Key}: {counter.Value} in the source, {copied} in the target");
            }
        }

        differences.AddRange(targetCounters.Select(c => $"{c.Key}: not in the source, {c.Value} in the target"));
        return new StoreCopyResult(tables, sourceCounters.Count, differences);
    }

    private static void RefuseNonEmpty(IStoreWriter target, IDepotStore store)
    {
        var held = StoreSchema.Tables.Select(t => (t.Name, Rows: Count(target, t))).Where(t => t.Rows > 0).ToList();
        var counters = target.Counters("").Count;
        if (held.Count > 0 || counters > 0)
        {
            var what = string.Join(", ", held.Select(t => $"{t.Rows} {t.Name}"));
            throw new RefusedException(
                $"{store.Description} already holds a depot ({(what.Length > 0 ? what : $"{counters} counters")}); copy only into an empty one, nothing was written");
        }
    }

    private static long Count(IStoreSession session, TableSpec table) => (long)CountRows.MakeGenericMethod(table.RowType).Invoke(null, [session])!;

    private static long CountTable<TRow>(IStoreSession session) where TRow : class, IRow, new() => session.Table<TRow>().Count();

    private static void CopyTable<TRow>(IStoreSession from, IStoreWriter to, TableSpec table, long total, IProgress<StoreCopyProgress>? progress)
        where TRow : class, IRow, new()
    {
        var target = to.Table<TRow>();
        long done = 0;
        progress?.Report(new StoreCopyProgress(table.Name, 0, total));
        foreach (var chunk in from.Table<TRow>().All().Chunk(Chunk))
        {
            // Rows keep their ids: links between tables hold as they are.
            target.InsertMany(chunk);
            done += chunk.Length;
            progress?.Report(new StoreCopyProgress(table.Name, done, total));
        }
    }
}
