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
    }

    /// <summary>Every non-zero unit counter.</summary>
    public static IReadOnlyList<UnitCount> Read(IStoreSession session) =>
        session.Counters(Prefix).Where(c => c.Value != 0).Select(Parse).ToList();

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
