namespace Depot.Core.Integrity;

/// <summary>
/// One line of the kept pool counts (owner, model, state, whether the units' latest case is a
/// repair-only case) that does not hold what a recount of the units gives.
/// </summary>
public sealed record PoolCountProblem(string Owner, string Model, string State, bool RepairCase, long Stored, long Counted)
{
    public override string ToString() =>
        $"{Owner} {Model} {State}{(RepairCase ? " (repair case)" : "")}: the pool counts say {Stored}, a recount of the units gives {Counted}";
}
