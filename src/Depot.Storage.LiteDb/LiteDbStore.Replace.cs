using Depot.Core.Storage;

namespace Depot.Storage.LiteDb;

internal sealed partial class LiteDbStore
{
    /// <summary>
    /// Puts <paramref name="copy"/> in place of the depot file under the exclusive lock, empties the
    /// old log (its pages belong to the old file), and counts a change in the lock file, so every
    /// process that still has the depot open opens the new file before its next read.
    /// </summary>
    public static void Replace(string location, string copy)
    {
        var path = Path.GetFullPath(location);
        using var lockFile = LockFile.Open(path, writable: true);
        var deadline = DateTime.UtcNow + DefaultPatience;
        while (!lockFile.TryLock(exclusive: true))
        {
            if (DateTime.UtcNow >= deadline)
            {
                var holder = lockFile.ReadHolder();
                throw new StorageException(StorageFailure.InUse,
                    $"the database {path} is in use by {(holder is { } h ? $"process {h.Pid} ({h.Command})" : "another program")}; stop every bench and try again");
            }

            Thread.Sleep(20);
        }

        try
        {
            lockFile.WriteCounterAndHolder(lockFile.ReadCounter() + 1);
            using (var flush = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite))
            {
                flush.Flush(flushToDisk: true);
            }

            // The old log first: replayed into the restored file it would damage it; lost with the old file it is not missed.
            var log = LogPathFor(path);
            if (File.Exists(log))
            {
                using var truncate = new FileStream(log, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                truncate.SetLength(0);
                truncate.Flush(flushToDisk: true);
            }

            File.Move(copy, path, overwrite: true);
        }
        finally
        {
            lockFile.Unlock();
        }
    }
}
