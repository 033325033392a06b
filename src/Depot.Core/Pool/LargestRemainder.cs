namespace Depot.Core.Pool;

/// <summary>
/// Shares a whole number out in proportion to weights so that the shares add up to it exactly:
/// each gets the whole part of its exact share, and what is left goes one by one to the largest
/// remainders (on a tie the larger weight, then the model code in ordinal order).
/// </summary>
public static class LargestRemainder
{
    /// <summary>
    /// <paramref name="total"/> shared over <paramref name="weights"/>, one share per entry in the
    /// given order. All weights zero (or none positive): equal weights.
    /// </summary>
    public static IReadOnlyList<int> Share(int total, IReadOnlyList<(string Key, int Weight)> weights)
    {
        if (weights.Count == 0 || total <= 0)
        {
            return [.. weights.Select(_ => 0)];
        }

        var effective = weights.Any(w => w.Weight > 0) ? weights.Select(w => Math.Max(0, w.Weight)).ToList() : [.. weights.Select(_ => 1)];
        var sum = effective.Sum(w => (long)w);
        var wholes = new int[weights.Count];
        var remainders = new (int Index, long Remainder)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            // Exact in integers: total × weight = whole × sum + remainder.
            var product = (long)total * effective[i];
            wholes[i] = (int)(product / sum);
            remainders[i] = (i, product % sum);
        }

        var left = total - wholes.Sum();
        foreach (var (index, _) in remainders
            .OrderByDescending(r => r.Remainder).ThenByDescending(r => effective[r.Index]).ThenBy(r => weights[r.Index].Key, StringComparer.Ordinal)
            .Take(left))
        {
            wholes[index]++;
        }

        return wholes;
    }
}
