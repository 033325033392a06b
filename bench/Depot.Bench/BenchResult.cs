namespace Depot.Bench;

/// <summary>
/// One line of the report: what was measured, the baseline measured in the same run, the target
/// and whether it was met. <see cref="Pending"/> marks a slot not measured yet.
/// </summary>
public sealed record BenchResult(string Name, Sample? Measured, string? BaselineName, Sample? Baseline, string Target, bool? Met, string? Note = null)
{
    public static BenchResult Pending(string name, string target, string why) => new(name, null, null, null, target, null, why);

    /// <summary>Measured p99 over baseline p99.</summary>
    public double? Ratio => Measured is not null && Baseline is not null && Baseline.P99 > 0 ? Measured.P99 / Baseline.P99 : null;
}
