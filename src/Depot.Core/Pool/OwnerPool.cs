using Depot.Core.Owners;

namespace Depot.Core.Pool;

/// <summary>One owner's pool picture: fleet and target, the totals, one line per model, and the refill proposal.</summary>
public sealed record OwnerPool(Owner Owner, PoolLevel Total, IReadOnlyList<PoolLevel> Models, IReadOnlyList<RefillLine> Refill)
{
    public bool BelowTarget => Total.Shortfall > 0;
}
