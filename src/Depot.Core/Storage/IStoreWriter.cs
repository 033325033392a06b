namespace Depot.Core.Storage;

/// <summary>
/// One unit of work: every row and counter it changes commits together, durably, or not at all.
/// Tables read through a writer see its own uncommitted changes.
/// </summary>
public interface IStoreWriter : IStoreSession
{
    /// <summary>Adds <paramref name="delta"/> (may be negative) to a maintained counter.</summary>
    void AddToCounter(string key, long delta);

    /// <summary>
    /// Marks the present point of the unit of work; rolling back to it undoes every change made
    /// after it and keeps the ones before (an import keeps its good rows and drops a refused one).
    /// </summary>
    IStoreSavepoint Savepoint();

    /// <summary>
    /// Holds <paramref name="key"/> until this unit of work ends: another unit of work that holds the
    /// same key, in this process or on another bench, waits until this one commits or rolls back,
    /// and what it reads after that includes this one's changes. For decisions that read rows
    /// several units' steps share (a case, its figures, the record of an import): hold first, then
    /// read. An engine that runs one unit of work at a time (the embedded file) has nothing to do.
    /// </summary>
    void Hold(string key);

    /// <summary>Makes every change of this unit of work durable. Once only.</summary>
    void Commit();
}

/// <summary>A point inside a unit of work to return to.</summary>
public interface IStoreSavepoint
{
    /// <summary>Undoes every change made since the savepoint was taken.</summary>
    void Rollback();
}
