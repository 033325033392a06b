using Depot.Core.Storage;

namespace Depot.Storage.LiteDb;

internal sealed partial class LiteDbStore
{
    /// <summary>
    /// Copies the depot while writes are held: under the shared lock no process can write, so the
    /// data file and its log are copied as one committed moment (readers go on meanwhile). The copy
    /// is then opened on its own and checkpointed, so the backup is a single file, flushed to the disk.
    /// </summary>
    public long BackupTo(string targetPath)
    {
        ThrowIfDisposed();
        var target = Path.GetFullPath(targetPath);
        if (File.Exists(target))
        {
            throw new StorageException(StorageFailure.Other, $"{target} already exists; nothing was written");
        }

        var targetLog = LogPathFor(target);
        using (var session = BeginRead())
        {
            try
            {
                CopyDurably(_data, target);
                if (_log is { Length: > 0 })
                {
                    CopyDurably(_log, targetLog);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DeleteCopy(target);
                throw LiteDbErrors.Translate(e, target, opening: false);
            }
        }

        try
        {
            using (var copy = Open(target, new StoreOpenOptions(Create: false)))
            {
                copy.CheckpointNow();
            }

            File.Delete(targetLog);
            File.Delete(LockFile.PathFor(target));
            return new FileInfo(target).Length;
        }
        catch
        {
            DeleteCopy(target);
            throw;
        }
    }

    /// <summary>Copies the log into the data file now, under the exclusive lock.</summary>
    internal void CheckpointNow()
    {
        _gate.EnterWrite();
        try
        {
            Database.Checkpoint();
        }
        catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
        {
            _gate.Suspect = true;
            throw LiteDbErrors.Translate(e, Description.Location);
        }
        finally
        {
            _gate.ExitWrite();
        }
    }

    private static void CopyDurably(DurableFileStream source, string target)
    {
        using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        var buffer = new byte[1 << 20];
        long position = 0;
        var length = source.Length;
        while (position < length)
        {
            source.Position = position;
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, length - position));
            if (read == 0)
            {
                break;
            }

            to.Write(buffer, 0, read);
            position += read;
        }

        to.Flush(flushToDisk: true);
    }

    private static void DeleteCopy(string target)
    {
        foreach (var file in new[] { target, LogPathFor(target), LockFile.PathFor(target) })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover partial copy is named after the target; the caller reports that nothing was written.
            }
        }
    }
}
