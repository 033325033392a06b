using Depot.Core.Storage;

namespace Depot.Core.Reports;

/// <summary>Counter changes gathered over one unit of work and written once each, net.</summary>
internal sealed class CounterChanges
{
    private readonly Dictionary<string, long> _deltas = new(StringComparer.Ordinal);

    public void Add(string key, long delta) => _deltas[key] = _deltas.GetValueOrDefault(key) + delta;

    public void Add(IEnumerable<(string Key, long Delta)> figures, long sign)
    {
        foreach (var (key, delta) in figures)
        {
            Add(key, delta * sign);
        }
    }

    /// <summary>Takes one off each of <paramref name="old"/> and adds one to each of <paramref name="now"/>.</summary>
    public void Replace(IEnumerable<string> old, IEnumerable<string> now)
    {
        foreach (var key in old)
        {
            Add(key, -1);
        }

        foreach (var key in now)
        {
            Add(key, 1);
        }
    }

    public void WriteTo(IStoreWriter writer)
    {
        foreach (var (key, delta) in _deltas.Where(d => d.Value != 0).OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.AddToCounter(key, delta);
        }
    }
}
