using Depot.Core.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Storage;

/// <summary>
/// Opens the one SQLite file that holds a depot: WAL journal, full synchronous commits (a
/// committed scan survives a crash of the program and a power cut), a busy timeout so benches
/// sharing the file wait for each other instead of failing, and the schema brought forward.
/// </summary>
public static class DepotDatabase
{
    /// <summary>How long a writer waits for another bench's transaction before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Opens (and creates when missing) the database at <paramref name="path"/>. The directory must
    /// exist. Throws <see cref="RefusedException"/> with a readable reason when the file cannot be used.
    /// </summary>
    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new RefusedException($"cannot open the database {full}: the directory {directory} does not exist");
        }

        if (readOnly && !File.Exists(full))
        {
            throw new RefusedException($"cannot open the database {full}: no such file");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        };

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");
            connection.Execute("PRAGMA foreign_keys = ON;");
            if (!readOnly)
            {
                connection.Execute("PRAGMA journal_mode = WAL;");
                connection.Execute("PRAGMA synchronous = FULL;");

                // A checkpoint runs inside whichever commit crosses the threshold and is the slow tail of
                // a scan at the dock; a larger log (about 80 MB) makes that one commit in thousands, not in a hundred.
                connection.Execute("PRAGMA wal_autocheckpoint = 20000;");
                Migrate(connection);
            }
            else if (SchemaVersion(connection) != Schema.CurrentVersion)
            {
                throw new RefusedException($"the database {full} has schema version {SchemaVersion(connection)}, this program needs {Schema.CurrentVersion}");
            }

            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new RefusedException($"cannot open the database {full}: {Describe(e)}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version recorded in the file (0 for a new file).</summary>
    public static int SchemaVersion(SqliteConnection connection) =>
        Convert.ToInt32(connection.Scalar("PRAGMA user_version;"));

    /// <summary>Turns a SQLite failure into words for an operator.</summary>
    public static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        8 => "the file is read-only (check its permissions)",
        13 => "the disk is full; nothing was written",
        14 => "the file cannot be opened (check the path and permissions)",
        5 or 6 => "another program holds the database busy; try again",
        10 => "a disk I/O error; nothing was written",
        11 or 26 => "the file is not a Depot database or is damaged",
        _ => e.Message,
    };

    private static void Migrate(SqliteConnection connection)
    {
        var current = SchemaVersion(connection);
        if (current > Schema.CurrentVersion)
        {
            throw new RefusedException($"the database has schema version {current}, newer than this program ({Schema.CurrentVersion}); update Depot");
        }

        foreach (var migration in Schema.All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction);
            connection.Execute($"PRAGMA user_version = {migration.Version};", transaction);
            transaction.Commit();
        }
    }
}
