using Depot.Core.Lifecycle;

namespace Depot.Core.Generation;

/// <summary>
/// One way out of a state, read from the lifecycle table: a trigger, the facts that choose its
/// destination, the destination, and how often a real depot takes it.
/// </summary>
internal sealed record JourneyOption(Trigger Trigger, TransitionFacts Facts, UnitState To, double Weight);
