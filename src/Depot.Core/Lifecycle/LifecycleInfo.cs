using System.Collections.Frozen;
using Stateless.Reflection;

namespace Depot.Core.Lifecycle;

/// <summary>What Stateless's <c>GetInfo()</c> says about the table, read once: the rows and the triggers permitted per state.</summary>
internal static class LifecycleInfo
{
    public static StateMachineInfo Info { get; } = Read();

    public static IReadOnlyList<LifecycleTransition> Transitions { get; } = Rows(Info);

    public static FrozenDictionary<UnitState, Trigger[]> Permitted { get; } = Enum.GetValues<UnitState>().ToFrozenDictionary(
        state => state,
        state => Transitions.Where(t => t.From == state).Select(t => t.Trigger).Distinct().ToArray());

    private static StateMachineInfo Read()
    {
        var state = UnitState.None;
        return new UnitMachine(() => state, s => state = s).GetInfo();
    }

    private static LifecycleTransition[] Rows(StateMachineInfo info) =>
    [
        .. from state in info.States
           from transition in state.FixedTransitions
           let guards = transition.GuardConditionsMethodDescriptions.Select(g => g.Description).ToArray()
           select new LifecycleTransition(
               (UnitState)state.UnderlyingState,
               (Trigger)transition.Trigger.UnderlyingTrigger,
               (UnitState)transition.DestinationState.UnderlyingState,
               guards.Length == 0 ? null : string.Join("; ", guards)),
    ];
}
