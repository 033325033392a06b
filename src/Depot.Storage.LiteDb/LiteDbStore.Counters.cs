using Depot.Core.Storage;

namespace Depot.Storage.LiteDb;

/// <summary>
/// The counters the screens read (units per owner, model and state; the report figures) kept in
/// memory as well as in the file. LiteDB reads a document in microseconds, and a million-unit depot
/// has tens of thousands of counters: reading them all for every Pool or Home screen would cost a
/// tenth of a second each time. A prefix is read from the file once; after that this process's own
/// commits add their changes to the copy, and any change by another process (or a failure that
/// leaves the engine in doubt) drops the copy with the engine, so a read never sees a stale count.
/// </summary>
internal sealed partial class LiteDbStore
{
    private readonly Lock _countersLock = new();
    private Dictionary<string, SortedDictionary<string, long>> _counterCopies = new(StringComparer.Ordinal);

    /// <summary>
    /// The counters under <paramref name="prefix"/> as committed, from the copy in memory, read from
    /// the file with <paramref name="load"/> the first time. Only for read sessions: a unit of work
    /// reads the file, which holds its own uncommitted changes.
    /// </summary>
    internal IReadOnlyList<CounterValue> CommittedCounters(string prefix, Func<IReadOnlyList<CounterValue>> load)
    {
        SortedDictionary<string, long>? copy;
        lock (_countersLock)
        {
            _counterCopies.TryGetValue(prefix, out copy);
        }

        if (copy is null)
        {
            var counters = load();
            copy = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var counter in counters)
            {
                copy[counter.Key] = counter.Value;
            }

            lock (_countersLock)
            {
                // Read sessions run while no commit is applied (the gate holds them back), so what
                // was loaded is what is committed; a copy another reader made meanwhile is the same.
                _counterCopies.TryAdd(prefix, copy);
            }
        }

        lock (_countersLock)
        {
            return copy.Where(c => c.Value != 0).Select(c => new CounterValue(c.Key, c.Value)).ToList();
        }
    }

    /// <summary>A unit of work of this process committed: its counter changes go into every copy they belong to.</summary>
    internal void CountersCommitted(IReadOnlyList<(string Key, long Delta)> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        lock (_countersLock)
        {
            foreach (var (prefix, copy) in _counterCopies)
            {
                foreach (var (key, delta) in changes)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        copy[key] = copy.GetValueOrDefault(key) + delta;
                    }
                }
            }
        }
    }

    /// <summary>The file may hold counts this process did not make (another process wrote, a restore, a failure): read them again.</summary>
    internal void ForgetCounters()
    {
        lock (_countersLock)
        {
            _counterCopies = new Dictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal);
        }
    }
}
