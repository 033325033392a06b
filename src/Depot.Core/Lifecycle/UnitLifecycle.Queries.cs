using Stateless.Graph;

namespace Depot.Core.Lifecycle;

// What callers ask of the table: decisions, the permitted triggers, the rows and the graphs.
public static partial class UnitLifecycle
{
    /// <summary>The states a unit can be stored in (every state but <see cref="UnitState.None"/>).</summary>
    public static IReadOnlyList<UnitState> StoredStates { get; } = [.. Enum.GetValues<UnitState>().Where(s => s != UnitState.None)];

    /// <summary>Every row of the table as Stateless describes it, one state after another in table order.</summary>
    public static IReadOnlyList<LifecycleTransition> Transitions => LifecycleInfo.Transitions;

    /// <summary>
    /// Where <paramref name="trigger"/> takes a unit in <paramref name="from"/> given <paramref name="facts"/>
    /// (<see cref="UnitState.None"/>: a unit not yet known), or why not. Decided by Stateless; changes nothing.
    /// </summary>
    public static LifecycleDecision Decide(UnitState from, Trigger trigger, TransitionFacts facts) =>
        LifecycleDecisions.Decide(from, trigger, facts);

    /// <summary>True when some value of the facts <paramref name="trigger"/> looks at takes a unit from <paramref name="from"/> to <paramref name="to"/>: how <c>depot check</c> replays an event.</summary>
    public static bool Permits(UnitState from, Trigger trigger, UnitState to)
    {
        foreach (var facts in TransitionFacts.VariantsFor(trigger))
        {
            var decision = LifecycleDecisions.Decide(from, trigger, facts);
            if (decision.Permitted && decision.Destination == to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a correction of a unit's <paramref name="field"/> (owner, model, bin after a count) may
    /// be written for a unit in <paramref name="state"/>. A correction keeps the state and is no
    /// trigger; the table permits it while the unit can still move (some row leaves its state), never
    /// for a unit at the end of the road. Permitted: the destination is the state itself.
    /// </summary>
    public static LifecycleDecision DecideCorrection(UnitState state, string field) =>
        state != UnitState.None && PermittedTriggers(state).Count > 0
            ? LifecycleDecision.To(state)
            : LifecycleDecision.Refused(RefusalCode.NotPermittedInState, new Dictionary<string, string>
            {
                [RefusalKeys.State] = state.ToString(),
                [RefusalKeys.Trigger] = $"{field} correction",
                [RefusalKeys.Permitted] = string.Join(", ", PermittedTriggers(state)),
            });

    /// <summary>The triggers with a row out of <paramref name="state"/>, in table order, guards not evaluated.</summary>
    public static IReadOnlyList<Trigger> PermittedTriggers(UnitState state) =>
        LifecycleInfo.Permitted.TryGetValue(state, out var triggers) ? triggers : [];

    /// <summary>
    /// Builds the table and asks Stateless every decision now, rather than at the first scan: the
    /// first use in a process compiles Stateless's code (tens of milliseconds). For a spare core at start-up.
    /// </summary>
    public static void WarmUp()
    {
        _ = PermittedTriggers(UnitState.None);
        _ = Decide(UnitState.None, Trigger.Intake, TransitionFacts.None);
    }

    /// <summary>The table as a Graphviz DOT digraph (Stateless's <see cref="UmlDotGraph"/>).</summary>
    public static string ToDot() => UmlDotGraph.Format(LifecycleInfo.Info);

    /// <summary>The table as a Mermaid state diagram (Stateless's <see cref="MermaidGraph"/>).</summary>
    public static string ToMermaid() => MermaidGraph.Format(LifecycleInfo.Info);
}
