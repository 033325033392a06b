namespace Depot.Core.Pool;

/// <summary>
/// One line of the pool picture: an owner's whole pool (<see cref="ModelSku"/> null) or one model
/// of it. In repair counts units on their way back to this pool (owner policy pool, not a
/// repair-only case). Shortfall = target - (available + in repair), never below zero.
/// </summary>
public sealed record PoolLevel(string OwnerCode, string? ModelSku, int Available, int Reserved, int InRepair, int Target)
{
    public int Shortfall => Math.Max(0, Target - (Available + InRepair));
}
