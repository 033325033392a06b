namespace Depot.Core.Storage;

/// <summary>What went wrong with the storage underneath, in terms an operator can act on.</summary>
public enum StorageFailure
{
    /// <summary>The file or database does not exist.</summary>
    Missing,

    /// <summary>The file or folder cannot be written (permissions, read-only mount).</summary>
    ReadOnly,

    /// <summary>The disk or quota is full; nothing was written.</summary>
    DiskFull,

    /// <summary>Another program holds the depot and did not let go in time.</summary>
    InUse,

    /// <summary>The file is not a depot or is damaged.</summary>
    Damaged,

    /// <summary>The depot was written by a newer program.</summary>
    NewerFormat,

    /// <summary>The server cannot be reached or refused the login.</summary>
    Unreachable,

    /// <summary>
    /// The server gave up the unit of work to keep concurrent writers consistent (a deadlock or a
    /// serialisation failure). Nothing was saved; running the same work again is safe.
    /// </summary>
    Transient,

    /// <summary>Another row already has the key of a unique index; nothing was saved.</summary>
    Duplicate,

    /// <summary>Anything else the engine reported.</summary>
    Other,
}

/// <summary>
/// The storage engine failed. The message says what happened and that nothing was saved; engines
/// translate their own exceptions into this one so no engine type leaves the engine.
/// </summary>
public sealed class StorageException(StorageFailure failure, string message, Exception? inner = null)
    : RefusedException(message, inner)
{
    public StorageFailure Failure { get; } = failure;
}
