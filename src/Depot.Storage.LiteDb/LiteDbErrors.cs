using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>
/// Turns what LiteDB and the file system throw into a <see cref="StorageException"/> an operator
/// can act on. No LiteDB type leaves the engine.
/// </summary>
internal static class LiteDbErrors
{
    // ENOSPC, EFBIG, EDQUOT on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly HashSet<int> DiskFullCodes = [28, 27, 122, 39, 112];

    /// <summary>A failure of the engine or the disk (as opposed to a mistake in the calling code).</summary>
    public static bool IsEngineFailure(Exception e) =>
        e is LiteException or IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException or InvalidCastException;

    public static StorageException ReadOnly(string path) =>
        new(StorageFailure.ReadOnly, $"the database {path} is read-only (check its permissions); nothing was saved");

    public static StorageException Translate(Exception e, string path, bool opening = false)
    {
        if (e is StorageException storage)
        {
            return storage;
        }

        var action = opening ? $"cannot open the database {path}" : "nothing was saved";
        return e switch
        {
            IOException io when IsDiskFull(io) => new StorageException(StorageFailure.DiskFull,
                opening ? $"{action}: the disk is full" : "the disk is full: nothing was saved (free some space and try again)", e),
            UnauthorizedAccessException or NotSupportedException when !opening => new StorageException(StorageFailure.ReadOnly,
                $"the database {path} is read-only (check its permissions); nothing was saved", e),
            UnauthorizedAccessException => new StorageException(StorageFailure.ReadOnly, $"{action}: the file is read-only (check its permissions)", e),
            FileNotFoundException or DirectoryNotFoundException => new StorageException(StorageFailure.Missing, $"{action}: the file or its folder is gone", e),
            IOException io => new StorageException(StorageFailure.Other, $"{action}: the disk reported an error ({io.Message})", e),
            LiteException lite => FromLiteDb(lite, path, action),
            InvalidCastException or FormatException => new StorageException(StorageFailure.Damaged,
                $"the database {path} holds a row this program cannot read ({e.Message}); it was written by another program or is damaged", e),
            _ => new StorageException(StorageFailure.Other, $"{action}: {e.Message}", e),
        };
    }

    private static StorageException FromLiteDb(LiteException e, string path, string action) => e.ErrorCode switch
    {
        LiteException.INDEX_DUPLICATE_KEY => new StorageException(StorageFailure.Duplicate,
            $"{action}: another row already has that key ({e.Message})", e),
        LiteException.INVALID_DATAFILE_STATE or LiteException.INVALID_DATABASE or LiteException.INVALID_FREE_SPACE_PAGE => new StorageException(StorageFailure.Damaged,
            $"the database {path} is damaged ({e.Message}); {(action.StartsWith("nothing", StringComparison.Ordinal) ? "nothing was saved; " : "")}restore it from a backup (depot restore)", e),
        LiteException.LOCK_TIMEOUT => new StorageException(StorageFailure.InUse,
            $"{action}: the database {path} stayed busy ({e.Message})", e),
        LiteException.ENGINE_DISPOSED or LiteException.DATABASE_SHUTDOWN => new StorageException(StorageFailure.Other,
            $"{action}: the database {path} was closed after an earlier failure; try again", e),
        _ => new StorageException(StorageFailure.Other, $"{action}: the storage engine refused ({e.Message})", e),
    };

    private static bool IsDiskFull(IOException e) => DiskFullCodes.Contains(e.HResult & 0xFFFF);
}
