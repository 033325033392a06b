namespace Depot.Core.Generation;

/// <summary>
/// The shape of a generated depot: how many units, owners, models and cases, and the seed that
/// makes the same options give the same database. The history ends at <see cref="Until"/> and
/// reaches back about two years.
/// </summary>
public sealed record VolumeOptions
{
    public int Units { get; init; } = 1_000_000;

    public int Owners { get; init; } = 50;

    public int Models { get; init; } = 200;

    /// <summary>Service cases; by default one for every five units.</summary>
    public int? Cases { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The last instant of the generated history (fixed, so a seed always gives the same file).</summary>
    public DateTimeOffset Until { get; init; } = new(2026, 10, 30, 17, 0, 0, TimeSpan.Zero);

    /// <summary>The operator every generated event is signed with.</summary>
    public string Operator { get; init; } = "generator";

    public int CaseBudget => Cases ?? Math.Max(1, Units / 5);

    /// <summary>Refuses options that cannot make a sensible depot.</summary>
    public void Validate()
    {
        if (Units is < 1 or > 20_000_000)
        {
            throw new RefusedException($"--units is between 1 and 20,000,000, got {Units}");
        }

        if (Owners is < 1 or > 9_999)
        {
            throw new RefusedException($"--owners is between 1 and 9,999, got {Owners}");
        }

        if (Models is < 1 or > 9_999)
        {
            throw new RefusedException($"--models is between 1 and 9,999, got {Models}");
        }

        if (CaseBudget < 1)
        {
            throw new RefusedException($"--cases must be at least 1, got {CaseBudget}");
        }
    }
}
