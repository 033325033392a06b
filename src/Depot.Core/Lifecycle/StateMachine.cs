using System.Collections.Frozen;
using System.Text;

namespace Depot.Core.Lifecycle;

/// <summary>
/// A small, immutable transition table in the spirit of Stateless: states are configured, triggers
/// permitted to destinations (optionally behind a guard with a description), and asked which
/// triggers are permitted. It holds no current state: each unit's state lives in storage.
/// </summary>
public sealed class StateMachine<TState, TTrigger, TFacts>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly FrozenDictionary<TState, Transition[]> _byState;

    private StateMachine(IReadOnlyList<Transition> transitions)
    {
        Transitions = transitions;
        _byState = transitions.GroupBy(t => t.From).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Every transition in the order it was configured.</summary>
    public IReadOnlyList<Transition> Transitions { get; }

    /// <summary>Starts a table.</summary>
    public static Builder Create() => new();

    /// <summary>The triggers with at least one transition from <paramref name="state"/>, guards not evaluated.</summary>
    public IReadOnlyList<TTrigger> PermittedTriggers(TState state) =>
        _byState.TryGetValue(state, out var ts) ? ts.Select(t => t.Trigger).Distinct().ToArray() : [];

    /// <summary>True when <paramref name="trigger"/> has a transition from <paramref name="state"/>.</summary>
    public bool IsPermitted(TState state, TTrigger trigger) =>
        _byState.TryGetValue(state, out var ts) && ts.Any(t => EqualityComparer<TTrigger>.Default.Equals(t.Trigger, trigger));

    /// <summary>
    /// Where <paramref name="trigger"/> takes a unit in <paramref name="state"/> given <paramref name="facts"/>,
    /// or a refusal that names the state and the permitted triggers.
    /// </summary>
    public Decision Decide(TState state, TTrigger trigger, TFacts facts)
    {
        if (!_byState.TryGetValue(state, out var ts))
        {
            return Decision.Refused($"{trigger} is not permitted: the unit is {state}, and nothing is permitted from {state}.");
        }

        var candidates = ts.Where(t => EqualityComparer<TTrigger>.Default.Equals(t.Trigger, trigger)).ToArray();
        if (candidates.Length == 0)
        {
            return Decision.Refused(
                $"{trigger} is not permitted: the unit is {state}. Permitted from {state}: {string.Join(", ", PermittedTriggers(state))}.");
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Guard is null || candidate.Guard(facts))
            {
                return Decision.To(candidate.To);
            }
        }

        return Decision.Refused(
            $"{trigger} from {state} needs one of: {string.Join("; ", candidates.Select(c => c.GuardDescription))}.");
    }

    /// <summary>The table as a Graphviz DOT digraph: one edge per transition, guards as labels.</summary>
    public string ToDot(string name)
    {
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(name).Append(" {\n");
        dot.Append("  rankdir=LR;\n");
        foreach (var t in Transitions)
        {
            dot.Append("  \"").Append(t.From).Append("\" -> \"").Append(t.To).Append("\" [label=\"").Append(t.Trigger);
            if (t.GuardDescription is not null)
            {
                dot.Append(" [").Append(t.GuardDescription.Replace("\"", "\\\"")).Append(']');
            }

            dot.Append("\"];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>One row of the table.</summary>
    public sealed record Transition(TState From, TTrigger Trigger, TState To, Func<TFacts, bool>? Guard, string? GuardDescription);

    /// <summary>The answer to "where does this trigger go?": a destination, or why not.</summary>
    public readonly record struct Decision(bool Permitted, TState Destination, string? Refusal)
    {
        public static Decision To(TState destination) => new(true, destination, null);

        public static Decision Refused(string why) => new(false, default, why);
    }

    /// <summary>Configures the table; <see cref="Build"/> freezes it.</summary>
    public sealed class Builder
    {
        private readonly List<Transition> _transitions = [];

        /// <summary>Starts configuring transitions out of <paramref name="state"/>.</summary>
        public StateConfiguration Configure(TState state) => new(this, [state]);

        /// <summary>Configures the same transitions out of several states at once.</summary>
        public StateConfiguration Configure(params TState[] states) => new(this, states);

        public StateMachine<TState, TTrigger, TFacts> Build() => new(_transitions.ToArray());

        internal void Add(Transition transition)
        {
            if (_transitions.Any(t => t.From.Equals(transition.From) && t.Trigger.Equals(transition.Trigger) && t.Guard is null))
            {
                throw new InvalidOperationException($"{transition.From} already permits {transition.Trigger} without a guard.");
            }

            _transitions.Add(transition);
        }
    }

    /// <summary>The fluent configuration of one or more states.</summary>
    public sealed class StateConfiguration
    {
        private readonly Builder _builder;
        private readonly TState[] _states;

        internal StateConfiguration(Builder builder, TState[] states)
        {
            _builder = builder;
            _states = states;
        }

        /// <summary>Permits <paramref name="trigger"/> to <paramref name="destination"/> unconditionally.</summary>
        public StateConfiguration Permit(TTrigger trigger, TState destination)
        {
            foreach (var state in _states)
            {
                _builder.Add(new Transition(state, trigger, destination, null, null));
            }

            return this;
        }

        /// <summary>Permits <paramref name="trigger"/> to <paramref name="destination"/> when <paramref name="guard"/> holds.</summary>
        public StateConfiguration PermitIf(TTrigger trigger, TState destination, Func<TFacts, bool> guard, string description)
        {
            foreach (var state in _states)
            {
                _builder.Add(new Transition(state, trigger, destination, guard, description));
            }

            return this;
        }
    }
}
