using System.Collections.Frozen;

namespace Depot.Core.Lifecycle;

/// <summary>
/// Every decision the table can make, asked of Stateless once: each state, each trigger and each
/// value of the facts it looks at (plus a missing outcome) fired through one <see cref="UnitMachine"/>.
/// A decision is then a lookup, so deciding costs a bench scan or a million-event check nothing
/// worth measuring, and every answer still comes from Stateless.
/// </summary>
internal static class LifecycleDecisions
{
    private const int OutcomeMissing = int.MinValue;

    private static readonly FrozenDictionary<(UnitState, Trigger, int), LifecycleDecision> Known = Build();

    public static LifecycleDecision Decide(UnitState from, Trigger trigger, TransitionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (Known.TryGetValue((from, trigger, Variant(trigger, facts)), out var decision))
        {
            return decision;
        }

        // An outcome the enum does not define (a number read from a file): ask a machine of its own.
        var state = from;
        return new UnitMachine(() => state, s => state = s).Fire(trigger, facts);
    }

    private static int Variant(Trigger trigger, TransitionFacts facts) => trigger switch
    {
        Trigger.Inspect => facts.Inspection is { } outcome ? (int)outcome : OutcomeMissing,
        Trigger.PartnerResult => facts.PartnerOutcome is { } result ? (int)result : OutcomeMissing,
        Trigger.PassQc => facts.ReturnsToPool ? 1 : 0,
        _ => 0,
    };

    private static FrozenDictionary<(UnitState, Trigger, int), LifecycleDecision> Build()
    {
        var state = UnitState.None;
        var machine = new UnitMachine(() => state, s => state = s);
        var known = new Dictionary<(UnitState, Trigger, int), LifecycleDecision>();
        foreach (var from in Enum.GetValues<UnitState>())
        {
            foreach (var trigger in Enum.GetValues<Trigger>())
            {
                foreach (var facts in TransitionFacts.VariantsFor(trigger).Append(TransitionFacts.None))
                {
                    state = from;
                    known[(from, trigger, Variant(trigger, facts))] = machine.Fire(trigger, facts);
                }
            }
        }

        return known.ToFrozenDictionary();
    }
}
