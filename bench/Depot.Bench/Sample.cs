namespace Depot.Bench;

/// <summary>The timings of one measured operation, in milliseconds.</summary>
public sealed class Sample
{
    private readonly double[] _sorted;

    public Sample(IEnumerable<double> milliseconds)
    {
        _sorted = milliseconds.Order().ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("a sample needs at least one timing", nameof(milliseconds));
        }
    }

    public int Count => _sorted.Length;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Max => _sorted[^1];

    public double Mean => _sorted.Average();

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p) => _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
