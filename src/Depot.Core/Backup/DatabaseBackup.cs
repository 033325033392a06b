using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Core.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Backup;

/// <summary>
/// Copies of a depot's database. A backup is taken with SQLite's online backup while benches keep
/// scanning (it sees one committed moment of the file). A restore checks the copy first (a Depot
/// schema, SQLite's own integrity check, every unit's state equal to the fold of its events) and
/// only then puts it in place, never over an existing file unless asked.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>
    /// Writes a consistent copy of the open depot to <paramref name="destination"/>. Refuses to
    /// overwrite an existing file unless <paramref name="overwrite"/>.
    /// </summary>
    public static BackupSummary Backup(DepotContext context, string destination, bool overwrite = false)
    {
        var target = Path.GetFullPath(destination);
        if (string.Equals(target, context.DatabasePath, StringComparison.Ordinal))
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
            using (var copy = OpenPlain(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                context.Connection.BackupDatabase(copy);
            }

            var summary = Verify(temporary);
            File.Move(temporary, target, overwrite);
            return summary;
        }
        catch (SqliteException e)
        {
            throw new RefusedException($"no backup was written to {target}: {DepotDatabase.Describe(e)}");
        }
        finally
        {
            DeleteWithSidecars(temporary);
        }
    }

    /// <summary>
    /// Replaces the database at <paramref name="databasePath"/> with the backup at
    /// <paramref name="backupFile"/> after checking the backup. Refuses to replace an existing
    /// database unless <paramref name="overwrite"/>. No bench may have the database open meanwhile.
    /// </summary>
    public static BackupSummary Restore(string backupFile, string databasePath, bool overwrite = false)
    {
        var source = Path.GetFullPath(backupFile);
        var target = Path.GetFullPath(databasePath);
        if (!File.Exists(source))
        {
            throw new RefusedException($"no backup file {source}");
        }

        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            throw new RefusedException("the backup file and the database are the same file");
        }

        RequireDirectory(target);
        if (File.Exists(target) && !overwrite)
        {
            throw new RefusedException($"{target} already exists; add --force to replace it with the backup (nothing changed)");
        }

        RequireDepotSchema(source);
        var temporary = TemporaryNextTo(target);
        try
        {
            using (var from = OpenPlain(source, SqliteOpenMode.ReadOnly))
            using (var copy = OpenPlain(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(copy);
            }

            var summary = Verify(temporary);
            // A write-ahead log left by the old database would be replayed into the restored one.
            File.Delete(target + "-wal");
            File.Delete(target + "-shm");
            File.Move(temporary, target, overwrite: true);
            return summary;
        }
        catch (SqliteException e)
        {
            throw new RefusedException($"nothing was restored: {DepotDatabase.Describe(e)}");
        }
        finally
        {
            DeleteWithSidecars(temporary);
        }
    }

    /// <summary>Checks a copy: SQLite's integrity check, then every unit's state against its events.</summary>
    private static BackupSummary Verify(string path)
    {
        using (var plain = OpenPlain(path, SqliteOpenMode.ReadWrite))
        {
            var result = plain.Scalar("PRAGMA integrity_check(1);") as string;
            if (result != "ok")
            {
                throw new RefusedException($"the copy is damaged ({result}); nothing was replaced");
            }
        }

        using var context = DepotContext.Open(path, "backup");
        var problems = new IntegrityCheck(context).Run(maxProblems: 5);
        if (problems.Count > 0)
        {
            throw new RefusedException(
                $"the copy fails the depot check (unit {problems[0].Identifier}: {problems[0].Problem}); nothing was replaced");
        }

        var units = Convert.ToInt64(context.Connection.Scalar("SELECT count(*) FROM units"));
        var events = Convert.ToInt64(context.Connection.Scalar("SELECT count(*) FROM events"));
        context.Connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return new BackupSummary(units, events, DepotDatabase.SchemaVersion(context.Connection));
    }

    private static void RequireDepotSchema(string path)
    {
        try
        {
            using var connection = OpenPlain(path, SqliteOpenMode.ReadOnly);
            var version = DepotDatabase.SchemaVersion(connection);
            var tables = Convert.ToInt64(connection.Scalar(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('owners', 'models', 'units', 'unit_identifiers', 'events')"));
            if (version < 1 || tables != 5)
            {
                throw new RefusedException($"{path} is not a Depot database; nothing changed");
            }

            if (version > Schema.CurrentVersion)
            {
                throw new RefusedException($"{path} has schema version {version}, newer than this program ({Schema.CurrentVersion}); update Depot first");
            }
        }
        catch (SqliteException e)
        {
            throw new RefusedException($"{path} cannot be restored: {DepotDatabase.Describe(e)}; nothing changed");
        }
    }

    private static SqliteConnection OpenPlain(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = (int)DepotDatabase.BusyTimeout.TotalSeconds,
        }.ToString());
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout = {(int)DepotDatabase.BusyTimeout.TotalMilliseconds};");
        return connection;
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

    private static void DeleteWithSidecars(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
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
