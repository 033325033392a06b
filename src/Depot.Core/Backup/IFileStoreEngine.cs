using Depot.Core.Storage;

namespace Depot.Core.Backup;

/// <summary>
/// An engine whose depot is one file (LiteDB): a checked backup copy can take the file's place.
/// A server engine restores with its own tools instead.
/// </summary>
public interface IFileStoreEngine : IStoreEngine
{
    /// <summary>
    /// Puts the file <paramref name="copy"/> (a checked backup) in place of the depot at
    /// <paramref name="location"/> once no process is using it, so that benches which still have
    /// the depot open read the restored file next. Throws <see cref="StorageException"/> (InUse)
    /// when a process keeps the depot busy.
    /// </summary>
    void ReplaceWith(string location, string copy);
}
