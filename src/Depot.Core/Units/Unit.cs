using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;

namespace Depot.Core.Units;

/// <summary>One physical device as the depot knows it now. Its history is in its events.</summary>
/// <param name="Identifier">The identifier it goes by now; older ones (after a board swap) still find it.</param>
/// <param name="OwnerCode">Null while in quarantine with an unknown owner.</param>
/// <param name="Unannounced">Received without a case announcing it.</param>
/// <param name="Version">Bumped by every change; a writer holding an older version is refused.</param>
public sealed record Unit(
    long Id,
    UnitIdentifier Identifier,
    string? OwnerCode,
    string? ModelSku,
    UnitState State,
    string? Grade,
    string? Bin,
    DateOnly? Purchased,
    DateOnly? WarrantyUntil,
    DateOnly? CarePlanUntil,
    bool Unannounced,
    long Version,
    DateTimeOffset StateSince)
{
    /// <summary>The triggers the lifecycle table permits from the current state.</summary>
    public IReadOnlyList<Trigger> PermittedTriggers => UnitLifecycle.PermittedTriggers(State);
}
