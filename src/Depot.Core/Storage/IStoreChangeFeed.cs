namespace Depot.Core.Storage;

/// <summary>What another bench changed: the table and the row ids (units, cases).</summary>
public sealed record StoreChange(string Table, IReadOnlyList<long> Ids);

/// <summary>
/// A store that tells open screens when another bench changed the depot (PostgreSQL's
/// LISTEN/NOTIFY), so they refresh within a second without polling whole tables. Stores that
/// cannot (a file only one process writes at a time) do not implement it.
/// </summary>
public interface IStoreChangeFeed
{
    /// <summary>Calls <paramref name="changed"/> (on a background thread) after each commit by another process; dispose to stop.</summary>
    IDisposable WatchChanges(Action<StoreChange> changed);
}
