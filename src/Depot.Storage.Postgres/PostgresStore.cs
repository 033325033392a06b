using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

/// <summary>
/// A depot on a PostgreSQL server, shared by every bench that points at it. Sessions take pooled
/// connections; other benches' commits reach <see cref="WatchChanges"/> through LISTEN/NOTIFY.
/// </summary>
internal sealed partial class PostgresStore : IDepotStore, IStoreChangeFeed
{
    /// <summary>How long a unit of work waits for another one of this program to finish.</summary>
    private static readonly TimeSpan WritePatience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a finished read session's connection waits, its read-only transaction still open, for
    /// the next session to end that transaction in the same round trip as its own first statement
    /// (instead of a ROLLBACK round trip of its own). Short: an open transaction keeps its snapshot
    /// and holds off changes of the tables' definitions.
    /// </summary>
    private static readonly TimeSpan ParkedFor = TimeSpan.FromMilliseconds(300);

    private readonly List<PostgresChangeWatcher> _watchers = [];

    /// <summary>Units of work of this program run one at a time (threads sharing the store see each other's whole work).</summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Lock _watchersGuard = new();
    private readonly Timer _parkedTimer;
    private NpgsqlConnection? _parked;
    private bool _disposed;
    private long _roundTrips;

    private PostgresStore(PostgresLocation location, NpgsqlDataSource dataSource, bool readOnly)
    {
        Location = location;
        DataSource = dataSource;
        ReadOnly = readOnly;
        Description = new StoreDescription("PostgreSQL", location.Display, StoreSchema.FormatVersion);
        _parkedTimer = new Timer(_ => EndParked());
    }

    public StoreDescription Description { get; }

    internal PostgresLocation Location { get; }

    internal NpgsqlDataSource DataSource { get; }

    internal bool ReadOnly { get; }

    /// <summary>Names this open store in its change notices, so its own commits are not reported back to it.</summary>
    internal string Origin { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Exchanges with the server that a session waited for, since the store was opened (what the benchmark counts per operation).</summary>
    internal long RoundTrips => Interlocked.Read(ref _roundTrips);

    internal void CountRoundTrip() => Interlocked.Increment(ref _roundTrips);

    /// <summary>Keeps a finished read session's connection for the next session; false when one is kept already.</summary>
    internal bool Park(NpgsqlConnection connection)
    {
        if (_disposed || Interlocked.CompareExchange(ref _parked, connection, null) is not null)
        {
            return false;
        }

        try
        {
            _parkedTimer.Change(ParkedFor, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Closed meanwhile: nobody will take it.
            EndParked();
        }

        return true;
    }

    /// <summary>The kept connection, if any; its read-only transaction is still open and the taker ends it.</summary>
    internal NpgsqlConnection? Unpark() => Interlocked.Exchange(ref _parked, null);

    /// <summary>Ends the kept connection's transaction and gives it back to the pool, when no session took it in time.</summary>
    private void EndParked()
    {
        if (Unpark() is not { } connection)
        {
            return;
        }

        try
        {
            using var command = new NpgsqlCommand("ROLLBACK", connection);
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e) || e is ObjectDisposedException or InvalidOperationException)
        {
            // A read-only transaction: if the server or the pool is gone, so is the transaction, and nothing is lost.
        }
        finally
        {
            connection.Dispose();
        }
    }

    public IStoreSession BeginRead()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return PostgresSession.Reader(this);
    }

    public IStoreWriter BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ReadOnly)
        {
            throw new StorageException(StorageFailure.ReadOnly, $"{Location.Display} was opened for reading only; nothing was saved");
        }

        if (!_writeGate.Wait(WritePatience))
        {
            throw new StorageException(StorageFailure.InUse,
                $"another unit of work of this program has held {Location.Display} for {WritePatience.TotalSeconds:0} s; nothing was saved");
        }

        return new PostgresWriter(this, () => _writeGate.Release());
    }

    /// <summary>
    /// Copies the depot into a new embedded file at <paramref name="targetPath"/> from one
    /// consistent snapshot (benches keep working meanwhile); returns the file's size. For a
    /// server-side backup use pg_dump.
    /// </summary>
    public long BackupTo(string targetPath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (File.Exists(targetPath))
        {
            throw new StorageException(StorageFailure.Other, $"{targetPath} already exists; nothing was written");
        }

        using (var target = StoreEngines.Open(targetPath, new StoreOpenOptions(Create: true)))
        {
            if (target is PostgresStore)
            {
                throw new StorageException(StorageFailure.Other, "a backup of a server depot goes to a file; name a file path");
            }

            StoreCopy.Copy(this, target);
        }

        return new FileInfo(targetPath).Length;
    }

    public IDisposable WatchChanges(Action<StoreChange> changed)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var watcher = PostgresChangeWatcher.Start(this, changed);
        lock (_watchersGuard)
        {
            _watchers.Add(watcher);
        }

        return watcher;
    }

    internal void Forget(PostgresChangeWatcher watcher)
    {
        lock (_watchersGuard)
        {
            _watchers.Remove(watcher);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        PostgresChangeWatcher[] watchers;
        lock (_watchersGuard)
        {
            watchers = [.. _watchers];
        }

        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        _parkedTimer.Dispose();
        EndParked();
        DataSource.Dispose();
        _writeGate.Dispose();
    }
}
