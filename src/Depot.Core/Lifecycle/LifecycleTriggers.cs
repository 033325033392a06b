using Stateless;

namespace Depot.Core.Lifecycle;

/// <summary>The triggers that carry the fact choosing their destination, as one machine configured them.</summary>
internal sealed record LifecycleTriggers(
    StateMachine<UnitState, Trigger>.TriggerWithParameters<InspectionOutcome> Inspect,
    StateMachine<UnitState, Trigger>.TriggerWithParameters<PartnerOutcome> PartnerResult,
    StateMachine<UnitState, Trigger>.TriggerWithParameters<bool> PassQc);
