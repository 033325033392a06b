using Depot.Core.Lifecycle;

namespace Depot.Core.Cases;

/// <summary>A unit a case moves, as the case shows it.</summary>
/// <param name="Role">"defective" (expected back) or "swap" (sent out).</param>
public sealed record CaseUnit(long UnitId, string Identifier, string Role, string? ModelSku, UnitState State);
