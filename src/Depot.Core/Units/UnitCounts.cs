using System.Globalization;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

/// <summary>
/// How many units each owner has per model and state (and whether the unit's latest case is a
/// repair-only case), kept as counters in the same unit of work as every change to a unit, so
/// no screen ever counts a million units. Every writer of <see cref="UnitRow"/> calls
/// <see cref="Move"/> with the row before and after its change.
/// </summary>
public static class UnitCounts
{
    /// <summary>The prefix of every unit counter key.</summary>
    public const string Prefix = "units|";

    /// <summary>The counter key of one owner, model, state and repair-case flag (owner and model empty when unknown).</summary>
    public static string Key(long? ownerId, long? modelId, string state, bool repairCase) =>
        $"{Prefix}{StoreKeys.Id(ownerId)}|{StoreKeys.Id(modelId)}|{state}|{(repairCase ? 1 : 0)}";

    /// <summary>The prefix of the counters of units per state alone (what Home shows first, a dozen counters).</summary>
    public const string StatePrefix = "unit-states|";

    /// <summary>Set once the per-state counters are kept: a depot written before they were gets them when it is opened.</summary>
    public const string StatesKept = "unit-states-kept";

    /// <summary>The counter key of one state's units.</summary>
    public static string StateKey(string state) => StatePrefix + state;

    /// <summary>Counts a unit out of its old place and into its new one (either may be null).</summary>
    public static void Move(IStoreWriter writer, UnitRow? before, UnitRow? after)
    {
        var from = before is null ? null : Key(before.OwnerId, before.ModelId, before.State, before.RepairCase);
        var to = after is null ? null : Key(after.OwnerId, after.ModelId, after.State, after.RepairCase);
        if (from == to)
        {
            return;
        }

        if (from is not null)
        {
            writer.AddToCounter(from, -1);
        }

        if (to is not null)
        {
            writer.AddToCounter(to, 1);
        }

        if (before?.State != after?.State)
        {
            if (before is not null)
            {
                writer.AddToCounter(StateKey(before.State), -1);
            }

            if (after is not null)
            {
                writer.AddToCounter(StateKey(after.State), 1);
            }
        }
    }

    /// <summary>Adds <paramref name="units"/> units written in bulk to their owner, model and state.</summary>
    public static void Add(IStoreWriter writer, long? ownerId, long? modelId, string state, bool repairCase, long units)
    {
        writer.AddToCounter(Key(ownerId, modelId, state, repairCase), units);
        writer.AddToCounter(StateKey(state), units);
    }

    /// <summary>Every non-zero unit counter.</summary>
    public static IReadOnlyList<UnitCount> Read(IStoreSession session) =>
        session.Counters(Prefix).Where(c => c.Value != 0).Select(Parse).ToList();

    /// <summary>Units per state (a dozen counters, whatever the size of the depot); states with none are left out.</summary>
    public static IReadOnlyDictionary<string, long> ByState(IStoreSession session)
    {
        if (session.Counter(StatesKept) == 0)
        {
            // A depot from before the per-state counters that could not be brought forward (opened read-only).
            return Read(session).GroupBy(c => c.State).ToDictionary(g => g.Key, g => g.Sum(c => c.Units), StringComparer.Ordinal);
        }

        return session.Counters(StatePrefix).Where(c => c.Value != 0)
            .ToDictionary(c => c.Key[StatePrefix.Length..], c => c.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Brings a depot written before the per-state counters were kept forward: they are added up from
    /// the counters per owner, model and state, once, in one unit of work (another bench doing the same
    /// at the same moment waits, then finds it done). A depot opened read-only is left as it is.
    /// </summary>
    public static void KeepStates(DepotContext context)
    {
        if (context.Read(s => s.Counter(StatesKept)) != 0)
        {
            return;
        }

        try
        {
            context.Write(w =>
            {
                w.Hold(StatesKept);
                if (w.Counter(StatesKept) != 0)
                {
                    return;
                }

                foreach (var state in Read(w).GroupBy(c => c.State))
                {
                    w.AddToCounter(StateKey(state.Key), state.Sum(c => c.Units));
                }

                w.AddToCounter(StatesKept, 1);
            });
        }
        catch (StorageException e) when (e.Failure == StorageFailure.ReadOnly)
        {
            // Read-only: the counts by state are added up from the finer counters when asked.
        }
    }

    private static UnitCount Parse(CounterValue counter)
    {
        var parts = counter.Key[Prefix.Length..].Split('|');
        return new UnitCount(
            parts[0].Length == 0 ? null : long.Parse(parts[0], CultureInfo.InvariantCulture),
            parts[1].Length == 0 ? null : long.Parse(parts[1], CultureInfo.InvariantCulture),
            parts[2],
            parts[3] == "1",
            counter.Value);
    }
}

/// <summary>How many units one owner has of one model in one state.</summary>
public readonly record struct UnitCount(long? OwnerId, long? ModelId, string State, bool RepairCase, long Units);
