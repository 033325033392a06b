using Depot.Core.Lifecycle;

namespace Depot.Core.Cases;

/// <summary>A unit a case moves, as the case shows it.</summary>
/// <param name="Role">"defective" (expected back) or "swap" (sent out).</param>
/// <param name="StateSince">When the unit reached <paramref name="State"/> (a receipt: when it was received).</param>
public sealed record CaseUnit(long UnitId, string Identifier, string Role, string? ModelSku, UnitState State, DateTimeOffset StateSince);
