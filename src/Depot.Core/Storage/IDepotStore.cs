namespace Depot.Core.Storage;

/// <summary>
/// One open depot in one storage engine: the embedded file (LiteDB) or a shared server
/// (PostgreSQL). Domain services never see the engine: they read through
/// <see cref="BeginRead"/> and change the depot through <see cref="BeginWrite"/>, one unit of
/// work at a time. Engine failures surface as <see cref="StorageException"/> with words for an
/// operator, never as an engine's own exception type.
/// </summary>
public interface IDepotStore : IDisposable
{
    /// <summary>Which engine and where, for the header line and messages.</summary>
    StoreDescription Description { get; }

    /// <summary>
    /// A consistent view for reading. Keep it short: on the embedded engine a reader holds the
    /// file against writers from other processes until it is disposed.
    /// </summary>
    IStoreSession BeginRead();

    /// <summary>
    /// Begins the one unit of work that may change the depot. Writers are serialised (in this
    /// process and across processes); <see cref="IStoreWriter.Commit"/> returns only once the
    /// change is durable. Disposing without committing leaves the depot as it was.
    /// </summary>
    IStoreWriter BeginWrite();

    /// <summary>
    /// Writes a consistent copy of the whole depot to <paramref name="targetPath"/> while writes
    /// are held, and returns its size in bytes. The caller verifies the copy.
    /// </summary>
    long BackupTo(string targetPath);
}
