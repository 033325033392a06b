namespace Depot.Core.Owners;

/// <summary>What happens to an owner's unit after it passes quality check.</summary>
public enum OwnerPolicy
{
    /// <summary>Repaired units go back into the owner's swap pool.</summary>
    Pool,

    /// <summary>Repaired units go back to the user who sent them in.</summary>
    User,
}

/// <summary>A business customer that owns a swap pool kept at the depot.</summary>
/// <param name="Fleet">How many devices the owner has in the field.</param>
/// <param name="TargetPercent">The pool target as a percentage of the fleet (8 by default).</param>
public sealed record Owner(long Id, string Code, string Name, int Fleet, decimal TargetPercent, OwnerPolicy Policy)
{
    /// <summary>The pool target in units: ceil(fleet x target %).</summary>
    public int Target => (int)Math.Ceiling(Fleet * TargetPercent / 100m);
}
