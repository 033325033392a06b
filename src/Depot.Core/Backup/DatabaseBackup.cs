using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Backup;

/// <summary>
/// Copies of a depot. A backup is taken by the store while writes are held (benches wait a moment,
/// readers go on), then checked before it is reported: the copy opens as a depot of this program's
/// format and passes the depot check (every unit's state equal to the fold of its events). A
/// restore checks the backup the same way and only then puts it in place, never over an existing
/// depot unless asked.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>
    /// Writes a checked copy of the open depot to <paramref name="destination"/>. Refuses to
    /// overwrite an existing file unless <paramref name="overwrite"/>.
    /// </summary>
    public static BackupSummary Backup(DepotContext context, string destination, bool overwrite = false)
    {
        var target = Path.GetFullPath(destination);
        if (string.Equals(target, context.DatabasePath, StringComparison.Ordinal)
            || string.Equals(target, context.Store.Description.Location, StringComparison.Ordinal))
        {
            throw new RefusedException("the backup file cannot be the database itself");
        }

        RequireDirectory(target);
        if (File.Exists(target) && !overwrite)
        {
            throw new RefusedException($"{target} already exists; choose another file or add --force to replace it");
        }

        var temporary = TemporaryNextTo(target);
        try
        {
            DeleteQuietly(temporary);
            context.Store.BackupTo(temporary);
            var summary = Verify(temporary, "the copy");
            File.Move(temporary, target, overwrite);
            return summary;
        }
        catch (StorageException e)
        {
            throw new RefusedException($"no backup was written to {target}: {e.Message}", e);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>
    /// Replaces the depot at <paramref name="databasePath"/> with the backup at
    /// <paramref name="backupFile"/> after checking the backup. Refuses to replace an existing
    /// depot unless <paramref name="overwrite"/>, and while a bench is using it.
    /// </summary>
    public static BackupSummary Restore(string backupFile, string databasePath, bool overwrite = false)
    {
        var source = Path.GetFullPath(backupFile);
        var target = Path.GetFullPath(databasePath);
        if (!File.Exists(source))
        {
            throw new RefusedException($"no backup file {source}");
        }

        if (string.Equals(source, target, StringComparison.Ordinal) || string.Equals(source, Path.GetFullPath(databasePath), StringComparison.Ordinal))
        {
            throw new RefusedException("the backup file and the database are the same file");
        }

        RequireDirectory(target);
        var existing = File.Exists(target) ? target : File.Exists(Path.GetFullPath(databasePath)) ? Path.GetFullPath(databasePath) : null;
        if (existing is not null && !overwrite)
        {
            throw new RefusedException($"{Path.GetFullPath(databasePath)} already exists; add --force to replace it with the backup (nothing changed)");
        }

        var engine = StoreEngines.For(target) as IFileStoreEngine
            ?? throw new RefusedException($"{target} is not a depot file that a backup can replace; restore it with the server's own tools");
        var temporary = TemporaryNextTo(target);
        try
        {
            DeleteQuietly(temporary);
            File.Copy(source, temporary);
            var summary = Verify(temporary, source);
            engine.ReplaceWith(target, temporary);
            return summary;
        }
        catch (StorageException e)
        {
            throw new RefusedException($"nothing was restored: {e.Message}", e);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>Checks a copy: it opens as a depot of this program's format, then every unit's state against its events.</summary>
    private static BackupSummary Verify(string path, string what)
    {
        IDepotStore store;
        try
        {
            store = StoreEngines.Open(path, new StoreOpenOptions(Create: false));
        }
        catch (StorageException e) when (e.Failure is StorageFailure.Damaged)
        {
            throw new RefusedException($"{what} is not a Depot database or is damaged; nothing changed", e);
        }

        using (store)
        {
            using var context = new DepotContext(store, path, "backup", TimeProvider.System);
            var problems = new IntegrityCheck(context).Run(maxProblems: 5);
            if (problems.Count > 0)
            {
                throw new RefusedException(
                    $"{what} fails the depot check (unit {problems[0].Identifier}: {problems[0].Problem}); nothing was replaced");
            }

            var (units, events) = context.Read(s => (s.Table<UnitRow>().Count(), s.Table<EventRow>().Count()));
            return new BackupSummary(units, events, store.Description.FormatVersion);
        }
    }

    private static void RequireDirectory(string file)
    {
        var directory = Path.GetDirectoryName(file);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new RefusedException($"the directory {directory} does not exist");
        }
    }

    private static string TemporaryNextTo(string target) => $"{target}.{Environment.ProcessId}.partial";

    private static void DeleteQuietly(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var name = Path.GetFileName(path);
        foreach (var file in Directory.EnumerateFiles(directory, name + "*").Concat(Directory.EnumerateFiles(directory, Path.GetFileNameWithoutExtension(path) + "-log*")))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temporary file is harmless; the next run uses the same name and replaces it.
            }
        }
    }
}
