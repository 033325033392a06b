using Depot.Core.Storage;
using LiteDB;
using LiteDB.Engine;

namespace Depot.Storage.LiteDb;

internal sealed partial class LiteDbStore
{
    private static readonly byte[] LiteDbSignature = "** This is a LiteDB file **"u8.ToArray();
    private const int SignatureOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte FileVersion = 8;

    private LiteDbStore(string path, DurableFileStream data, DurableFileStream? log, LockFile? lockFile, bool writable, TimeSpan patience)
    {
        Description = new StoreDescription("LiteDB", path, StoreSchema.FormatVersion);
        _data = data;
        _log = log;
        _lockFile = lockFile;
        Writable = writable;
        _gate = new StoreGate(lockFile, patience, Acquired, InUseMessage);
    }

    /// <summary>The log file LiteDB itself would use ("depot-log.db" for "depot.db"), so LiteDB's own tools find it.</summary>
    internal static string LogPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>Opens the depot at <paramref name="location"/>: creates it when asked, upgrades an older format, refuses a newer one.</summary>
    public static LiteDbStore Open(string location, StoreOpenOptions options, TimeSpan? patience = null)
    {
        var path = Path.GetFullPath(location);
        var directory = Path.GetDirectoryName(path);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StorageException(StorageFailure.Missing, $"cannot open the database {path}: the directory {directory} does not exist");
        }

        var exists = File.Exists(path);
        if (!exists && (!options.Create || options.ReadOnly))
        {
            throw new StorageException(StorageFailure.Missing, $"cannot open the database {path}: no such file");
        }

        if (exists)
        {
            RequireLiteDbFile(path);
        }

        var writable = !options.ReadOnly && (!exists || CanWrite(path));
        DurableFileStream? data = null;
        DurableFileStream? log = null;
        LockFile? lockFile = null;
        try
        {
            data = new DurableFileStream(path, writable);
            var logPath = LogPathFor(path);
            log = writable || File.Exists(logPath) ? new DurableFileStream(logPath, writable) : null;
            lockFile = OpenLockFile(path, writable);
            if (lockFile is { Writable: false })
            {
                writable = false;
            }

            var store = new LiteDbStore(path, data, log, lockFile, writable, patience ?? DefaultPatience);
            try
            {
                store.Prepare();
            }
            catch
            {
                store.CloseEngine();
                throw;
            }

            return store;
        }
        catch (Exception e)
        {
            data?.Release();
            log?.Release();
            lockFile?.Dispose();
            if (e is StorageException)
            {
                throw;
            }

            if (e is UnauthorizedAccessException && !exists)
            {
                throw new StorageException(StorageFailure.ReadOnly, $"cannot create the database {path}: the folder {directory} is read-only (check its permissions)", e);
            }

            throw LiteDbErrors.Translate(e, path, opening: true);
        }
    }

    /// <summary>
    /// Brings a writable file to this program's format (in one unit of work) and makes sure every
    /// table and index exists; checks the format of a read-only one.
    /// </summary>
    private void Prepare()
    {
        // Most opens find the file ready: checking it under the shared lock lets a bench open while
        // another process's long unit of work (an import) runs.
        // A new, empty file is written by LiteDB as soon as it opens: that needs the exclusive lock.
        if (_data.Length > 0 || !Writable)
        {
            _gate.EnterRead();
            try
            {
                if (!Writable || LiteDbFormat.IsReady(this))
                {
                    LiteDbFormat.RequireCurrent(this);
                    return;
                }
            }
            finally
            {
                _gate.ExitRead();
            }
        }

        _gate.EnterWrite();
        try
        {
            LiteDbFormat.Prepare(this);
        }
        finally
        {
            _gate.ExitWrite();
        }
    }

    /// <summary>
    /// The file lock was just taken: when another process began a unit of work since this one last
    /// looked (or a failure left the engine in doubt), the engine is opened afresh so no page of its
    /// cache is older than the file. A unit of work counts itself before it writes anything, so even
    /// one killed half-way is noticed.
    /// </summary>
    private void Acquired(bool exclusive)
    {
        var counter = _lockFile?.ReadCounter() ?? 0;
        if (_database is null || counter != _knownCounter || _gate.Suspect)
        {
            Reopen();
        }

        if (exclusive && _lockFile is not null)
        {
            counter++;
            _lockFile.WriteCounterAndHolder(counter);
        }
        else
        {
            _lockFile?.WriteHolder();
        }

        _knownCounter = counter;
    }

    private void Reopen()
    {
        var reopening = _database is not null || _gate.Suspect;
        CloseEngine();
        var logPath = LogPathFor(Description.Location);
        if (reopening)
        {
            // The files themselves are opened again too: a restore may have put a new file in place.
            _data.Release();
            _log?.Release();
            _log = null;
            _data = new DurableFileStream(Description.Location, Writable);
        }

        if (_log is null && (Writable || File.Exists(logPath)))
        {
            _log = new DurableFileStream(logPath, Writable);
        }

        var isNew = _data.Length == 0;
        try
        {
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = _data,
                LogStream = (Stream?)_log ?? new MemoryStream(),
                // Keys compare exactly, byte for byte: the domain upper-cases the keys it wants case-insensitive.
                Collation = isNew ? Collation.Binary : null,
                ReadOnly = !Writable,
                AutoRebuild = false,
            });
            LiteDbMemory.Bound(engine);
            Engine = engine;
            _database = new LiteDatabase(engine, _mapper);
            EngineOpenings++;
            _gate.Suspect = false;
        }
        catch (Exception e)
        {
            _gate.Suspect = true;
            throw LiteDbErrors.Translate(e, Description.Location, opening: true);
        }
    }

    private void CloseEngine()
    {
        _collections.Clear();
        ForgetCounters();
        var database = _database;
        _database = null;
        try
        {
            // Safe on a stale engine: the file's CHECKPOINT pragma is 0, so closing writes nothing.
            if (database is not null)
            {
                LiteDbAbandonedTransactions.Release(database);
            }

            database?.Dispose();
        }
        catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
        {
            // An engine that already failed may fail again while closing; it is dropped either way.
        }
    }

    private string InUseMessage()
    {
        var holder = _lockFile?.ReadHolder();
        var who = holder switch
        {
            null => "another program",
            var (pid, command) when pid == Environment.ProcessId => $"another task of this program (process {pid}, {command})",
            var (pid, command) => $"process {pid} ({command})",
        };
        return $"the database {Description.Location} is in use by {who}; waited {_gate.Patience.TotalSeconds:0} s. Nothing was saved; try again when it has finished";
    }

    private static LockFile? OpenLockFile(string path, bool writable)
    {
        try
        {
            return LockFile.Open(path, writable);
        }
        catch (Exception e) when (!writable && e is UnauthorizedAccessException or IOException)
        {
            // A read-only copy in a read-only folder (a backup on a mounted disk): nobody can write it, no lock is needed.
            return null;
        }
    }

    private static bool CanWrite(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException e) when (e.HResult == 30 || e.HResult == 1)
        {
            return false;
        }
    }

    /// <summary>
    /// Refuses, without touching it, a file that is not a LiteDB 5 data file: LiteDB would cut a
    /// short file down to whole pages, which would destroy a text file given by mistake.
    /// </summary>
    private static void RequireLiteDbFile(string path)
    {
        var header = new byte[FileVersionOffset + 1];
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            if (file.Length == 0)
            {
                return;
            }

            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageException(StorageFailure.ReadOnly, $"cannot open the database {path}: the file cannot be read (check its permissions)", e);
        }

        if (read < header.Length || !header.AsSpan(SignatureOffset, LiteDbSignature.Length).SequenceEqual(LiteDbSignature))
        {
            throw new StorageException(StorageFailure.Damaged, $"{path} is not a Depot database or is damaged; nothing was changed");
        }

        if (header[FileVersionOffset] != FileVersion)
        {
            throw new StorageException(StorageFailure.Damaged,
                $"{path} is a LiteDB file of another version ({header[FileVersionOffset]}); Depot reads version {FileVersion}; nothing was changed");
        }
    }
}
