using System.Collections.Concurrent;
using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>
/// A depot in one LiteDB file, guarded against what LiteDB 5.0.21 does not do by itself: a commit
/// is flushed to the disk before it returns; the file is shared between processes through an
/// advisory lock, and the engine is reopened whenever another process wrote; units of work are
/// serialised in the process and stay on their thread; checkpoints are the store's own.
/// </summary>
internal sealed partial class LiteDbStore : IDepotStore
{
    /// <summary>How long a unit of work or a reader waits for another one before giving up.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    /// <summary>The log is copied into the data file once it is longer than this (LiteDB's own default, 8 MB).</summary>
    public const int CheckpointPages = 1000;

    private const int PageSize = 8192;

    private readonly ConcurrentDictionary<string, object> _collections = new(StringComparer.Ordinal);
    private readonly StoreGate _gate;
    private readonly LockFile? _lockFile;
    private readonly BsonMapper _mapper = LiteDbMapper.Create();
    private DurableFileStream _data;
    private DurableFileStream? _log;
    private volatile LiteDatabase? _database;
    private long _knownCounter = -1;
    private bool _disposed;

    /// <summary>The open engine. Only valid while the caller is let in by the gate.</summary>
    internal LiteDatabase Database => _database ?? throw new StorageException(StorageFailure.Other, $"the depot {Description.Location} is closed");

    internal StoreGate Gate => _gate;

    /// <summary>True when this store may change the file (not opened read-only, file and folder writable).</summary>
    internal bool Writable { get; }

    /// <summary>The log file as LiteDB writes it (tests count its flushes to the disk).</summary>
    internal DurableFileStream? Log => _log;

    internal DurableFileStream Data => _data;

    /// <summary>How many times this store opened the LiteDB engine on the file (1 plus one per change by another process).</summary>
    internal int EngineOpenings { get; private set; }

    public StoreDescription Description { get; }

    public IStoreSession BeginRead()
    {
        ThrowIfDisposed();
        _gate.EnterRead();
        return new LiteDbSession(this, writable: false, release: _gate.ExitRead);
    }

    public IStoreWriter BeginWrite()
    {
        ThrowIfDisposed();
        if (!Writable)
        {
            throw LiteDbErrors.ReadOnly(Description.Location);
        }

        _gate.EnterWrite();
        try
        {
            var database = Database;
            database.BeginTrans();
            return new LiteDbWriter(this, _gate.ExitWrite);
        }
        catch (Exception e) when (e is not StorageException)
        {
            _gate.Suspect = true;
            _gate.ExitWrite();
            throw LiteDbErrors.Translate(e, Description.Location);
        }
        catch
        {
            _gate.ExitWrite();
            throw;
        }
    }

    /// <summary>A typed collection of the open engine (rebuilt when the engine is reopened).</summary>
    internal ILiteCollection<T> Collection<T>(string name) =>
        (ILiteCollection<T>)_collections.GetOrAdd(name + "|" + typeof(T).FullName, _ => Database.GetCollection<T>(name, BsonAutoId.Int64));

    internal ILiteCollection<BsonDocument> Documents(string name) =>
        (ILiteCollection<BsonDocument>)_collections.GetOrAdd(name, _ => Database.GetCollection(name, BsonAutoId.Int64));

    /// <summary>
    /// After a commit: the log is flushed to the disk (LiteDB 5.0.21 only writes it), and copied into
    /// the data file when it has grown past <see cref="CheckpointPages"/>.
    /// </summary>
    internal void MakeDurable()
    {
        _log?.Flush();
    }

    /// <summary>Copies the log into the data file (flushed to the disk before the log is emptied) when it is long.</summary>
    internal void CheckpointIfLong()
    {
        if (_log is null || _log.Length <= (long)CheckpointPages * PageSize)
        {
            return;
        }

        try
        {
            Database.Checkpoint();
        }
        catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
        {
            // The commit is already durable in the log; a checkpoint that failed (a full disk while
            // the data file grows) is tried again after a later commit, and the engine is reopened first.
            _gate.Suspect = true;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        CheckpointOnClose();
        _disposed = true;
        CloseEngine();
        _data.Release();
        _log?.Release();
        _lockFile?.Dispose();
    }

    private void CheckpointOnClose()
    {
        if (!Writable || _log is null || _database is null)
        {
            return;
        }

        // Leave the data file whole when nobody needs the lock at this moment: a plain copy of it is then the depot.
        try
        {
            _gate.EnterWrite(TimeSpan.FromMilliseconds(500));
        }
        catch (StorageException)
        {
            return;
        }
        catch (InvalidOperationException)
        {
            return;
        }

        try
        {
            if (_log.Length > 0)
            {
                Database.Checkpoint();
            }
        }
        catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
        {
            // The log stays; the next open reads it.
        }
        finally
        {
            _gate.ExitWrite();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
