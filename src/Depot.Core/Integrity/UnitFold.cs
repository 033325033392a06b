using Depot.Core.Lifecycle;

namespace Depot.Core.Integrity;

/// <summary>
/// Replays one unit's events through the lifecycle table: each event must start where the one
/// before ended and be a row of the table, and the last must end in the stored state.
/// </summary>
internal static class UnitFold
{
    private static readonly HashSet<(UnitState, Trigger, UnitState)> Permitted =
        UnitLifecycle.Table.Transitions.Select(t => (t.From, t.Trigger, t.To)).ToHashSet();

    /// <summary>What is wrong with the unit's history, or null when its state is the fold of its events.</summary>
    public static string? Problem(UnitHistory history)
    {
        var folded = UnitState.None;
        foreach (var e in history.Events)
        {
            if (!Enum.TryParse<Trigger>(e.Trigger, out var trigger) || !Enum.TryParse<UnitState>(e.ToState, out var to))
            {
                return $"event {e.Id} has an unknown trigger or state ({e.Trigger}, {e.ToState})";
            }

            var from = e.FromState is null ? UnitState.None : Enum.TryParse<UnitState>(e.FromState, out var f) ? f : (UnitState?)null;
            if (from != folded)
            {
                return $"event {e.Id} ({trigger}) starts from {e.FromState ?? nameof(UnitState.None)}, but the unit was {folded}";
            }

            if (!Permitted.Contains((folded, trigger, to)))
            {
                return $"event {e.Id} goes {folded} -{trigger}-> {to}, which the lifecycle does not permit";
            }

            folded = to;
        }

        return folded.ToString() != history.Unit.State
            ? $"stored state is {history.Unit.State}, but its events end in {(folded == UnitState.None ? "no state (no events)" : folded.ToString())}"
            : null;
    }
}
