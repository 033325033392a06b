using Depot.Core.Lifecycle;

namespace Depot.Core.Generation;

/// <summary>
/// The lifecycle table turned into weighted choices per state. Every option comes from
/// <see cref="UnitLifecycle"/>: the triggers its GetInfo lists per state, each decided by Stateless
/// with every fact value it looks at, so a generated journey can only take steps the table permits.
/// </summary>
internal static class JourneyTable
{
    public static IReadOnlyDictionary<UnitState, JourneyOption[]> ByState { get; } = Build();

    private static Dictionary<UnitState, JourneyOption[]> Build()
    {
        var byState = new Dictionary<UnitState, JourneyOption[]>();
        foreach (var state in Enum.GetValues<UnitState>())
        {
            var options = new List<JourneyOption>();
            foreach (var trigger in UnitLifecycle.PermittedTriggers(state))
            {
                foreach (var facts in TransitionFacts.VariantsFor(trigger))
                {
                    var decision = UnitLifecycle.Decide(state, trigger, facts);
                    if (decision.Permitted && Weight(state, trigger, facts) is > 0 and var weight)
                    {
                        options.Add(new JourneyOption(trigger, facts, decision.Destination, weight));
                    }
                }
            }

            byState[state] = options.ToArray();
        }

        return byState;
    }

    // Rough shares seen at a depot: most returns are covered repairs, a few units go missing or
    // are scrapped, and a unit with a user mostly comes back announced by a case.
    private static double Weight(UnitState from, Trigger trigger, TransitionFacts facts) => trigger switch
    {
        Trigger.Intake => 0.55,
        Trigger.Announce => from == UnitState.None ? 0.40 : 0.45,
        Trigger.Receive => from switch { UnitState.None => 0.05, UnitState.WithUser => 0.55, _ => 1.0 },
        Trigger.Release => 1.0,
        Trigger.Inspect => facts.Inspection switch
        {
            InspectionOutcome.NoFaultFound => 0.25,
            InspectionOutcome.CoveredFault => 0.45,
            InspectionOutcome.NotCovered => 0.20,
            _ => 0.05,
        },
        Trigger.Approve => 0.6,
        Trigger.Decline => 0.4,
        Trigger.SendToPartner => 1.0,
        Trigger.PartnerResult => facts.PartnerOutcome switch
        {
            PartnerOutcome.Repaired => 0.70,
            PartnerOutcome.NoFaultFound => 0.10,
            PartnerOutcome.BeyondRepair => 0.05,
            _ => 0.12,
        },
        Trigger.PassQc => 1.0,
        Trigger.FailQc => 0.08,
        Trigger.Reserve => 1.0,
        Trigger.Unreserve => 0.06,
        Trigger.Ship => 1.0,
        Trigger.MarkLost => 0.006,
        Trigger.Found => 1.0,
        Trigger.Scrap => 0.004,
        _ => 0,
    };
}
