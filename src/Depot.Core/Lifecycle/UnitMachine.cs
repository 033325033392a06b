using Stateless;
using Stateless.Reflection;

namespace Depot.Core.Lifecycle;

/// <summary>
/// One unit's lifecycle as a Stateless machine over state kept elsewhere: it reads the unit's state
/// through <c>read</c> and writes the destination through <c>write</c>, so the state stays in
/// storage (or a record, or a replay) and never in the machine. Built from the one table in
/// <see cref="UnitLifecycle"/>. Not thread-safe: one machine per unit, or per thread.
/// </summary>
public sealed class UnitMachine
{
    private readonly StateMachine<UnitState, Trigger> _machine;
    private readonly LifecycleTriggers _triggers;
    private (UnitState State, Trigger Trigger, ICollection<string>? UnmetGuards)? _unhandled;

    /// <summary>A machine over the state that <paramref name="read"/> reads and <paramref name="write"/> writes.</summary>
    public UnitMachine(Func<UnitState> read, Action<UnitState> write)
    {
        _machine = new StateMachine<UnitState, Trigger>(read, write, FiringMode.Immediate);
        _triggers = UnitLifecycle.Define(_machine);

        // Without this Stateless throws InvalidOperationException; a refusal is an answer, not a crash.
        _machine.OnUnhandledTrigger((state, trigger, unmetGuards) => _unhandled = (state, trigger, unmetGuards));
    }

    /// <summary>The unit's state, as the accessor reads it.</summary>
    public UnitState State => _machine.State;

    /// <summary>
    /// Fires <paramref name="trigger"/> with <paramref name="facts"/>: when permitted the unit's state
    /// is written through the mutator and the decision names the destination; when refused nothing is
    /// written and the decision says why.
    /// </summary>
    public LifecycleDecision Fire(Trigger trigger, TransitionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var from = _machine.State;
        _unhandled = null;

        // A parameterised trigger fired without its argument would get the enum's default value
        // (Inspect would go to QualityCheck), so the outcome is checked here and always passed.
        switch (trigger)
        {
            case Trigger.Inspect when facts.Inspection is { } outcome:
                _machine.Fire(_triggers.Inspect, outcome);
                break;
            case Trigger.PartnerResult when facts.PartnerOutcome is { } result:
                _machine.Fire(_triggers.PartnerResult, result);
                break;
            case Trigger.Inspect or Trigger.PartnerResult:
                return OutcomeMissing(from, trigger);
            case Trigger.PassQc:
                _machine.Fire(_triggers.PassQc, facts.ReturnsToPool);
                break;
            default:
                _machine.Fire(trigger);
                break;
        }

        return _unhandled is { } unhandled ? Refused(unhandled.State, unhandled.Trigger, unhandled.UnmetGuards) : LifecycleDecision.To(_machine.State);
    }

    /// <summary>Stateless's description of the table: states, transitions and guard descriptions.</summary>
    public StateMachineInfo GetInfo() => _machine.GetInfo();

    private static LifecycleDecision OutcomeMissing(UnitState from, Trigger trigger)
    {
        if (!UnitLifecycle.PermittedTriggers(from).Contains(trigger))
        {
            return Refused(from, trigger, null);
        }

        var outcomes = trigger == Trigger.Inspect ? Enum.GetNames<InspectionOutcome>() : Enum.GetNames<PartnerOutcome>();
        return LifecycleDecision.Refused(RefusalCode.OutcomeMissing, new Dictionary<string, string>
        {
            [RefusalKeys.State] = from.ToString(),
            [RefusalKeys.Trigger] = trigger.ToString(),
            [RefusalKeys.Outcomes] = string.Join(", ", outcomes),
        });
    }

    private static LifecycleDecision Refused(UnitState state, Trigger trigger, ICollection<string>? unmetGuards) =>
        unmetGuards is { Count: > 0 }
            ? LifecycleDecision.Refused(RefusalCode.GuardNotMet, new Dictionary<string, string>
            {
                [RefusalKeys.State] = state.ToString(),
                [RefusalKeys.Trigger] = trigger.ToString(),
                [RefusalKeys.Guards] = string.Join("; ", unmetGuards),
            })
            : LifecycleDecision.Refused(RefusalCode.NotPermittedInState, new Dictionary<string, string>
            {
                [RefusalKeys.State] = state.ToString(),
                [RefusalKeys.Trigger] = trigger.ToString(),
                [RefusalKeys.Permitted] = string.Join(", ", UnitLifecycle.PermittedTriggers(state)),
            });
}
