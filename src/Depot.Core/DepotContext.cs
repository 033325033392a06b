using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core;

/// <summary>
/// One open depot: its store, the clock and the operator every event is signed with.
/// Application services (<see cref="Owners.Catalog"/>, <see cref="Units.UnitService"/>, ...) are
/// made from it; the CLI and the UI call the same ones.
/// </summary>
public sealed class DepotContext : IDisposable
{
    private readonly ThreadLocal<IStoreSession?> _sharedRead = new();
    private IStoreWriter? _writer;
    private IStoreWriter? _batchWriter;

    /// <summary>A depot held by <paramref name="store"/>.</summary>
    public DepotContext(IDepotStore store, string databasePath, string operatorName, TimeProvider clock)
    {
        Store = store;
        DatabasePath = databasePath;
        Operator = string.IsNullOrWhiteSpace(operatorName) ? "unknown" : operatorName.Trim();
        Clock = clock;
    }

    /// <summary>The storage engine that holds this depot.</summary>
    public IDepotStore Store { get; }

    /// <summary>Owner codes and model SKUs by id, kept while the depot is open.</summary>
    internal Owners.CatalogCodes Codes { get; } = new();

    /// <summary>
    /// Runs <paramref name="read"/> against the depot: inside the unit of work in progress when
    /// there is one (so it sees that work's own changes), else in the read session of
    /// <see cref="ReadTogether{T}"/> on this thread, else in a short read session.
    /// </summary>
    public T Read<T>(Func<IStoreSession, T> read)
    {
        if (_writer is not null)
        {
            return read(_writer);
        }

        if (_batchWriter is not null)
        {
            return read(_batchWriter);
        }

        if (_sharedRead.Value is { } shared)
        {
            return read(shared);
        }

        using var session = Store.BeginRead();
        return read(session);
    }

    /// <summary>
    /// Runs <paramref name="work"/> with every <see cref="Read{T}"/> it makes on this thread in one
    /// read session: one consistent view of the depot, and on a server one transaction instead of
    /// one per read. Inside a unit of work the reads join that unit of work as usual.
    /// </summary>
    public T ReadTogether<T>(Func<T> work)
    {
        if (_writer is not null || _batchWriter is not null || _sharedRead.Value is not null)
        {
            return work();
        }

        using var session = Store.BeginRead();
        _sharedRead.Value = session;
        try
        {
            return work();
        }
        finally
        {
            _sharedRead.Value = null;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one unit of work (or inside the open batch, if any, behind a
    /// savepoint so a refused change leaves the batch as it was). Everything it writes commits
    /// together, durably, or not at all. Nested calls join the unit of work in progress.
    /// </summary>
    public T Write<T>(Func<IStoreWriter, T> work)
    {
        if (_writer is not null && _writer != _batchWriter)
        {
            return work(_writer);
        }

        if (_batchWriter is not null)
        {
            var savepoint = _batchWriter.Savepoint();
            var outer = _writer;
            _writer = _batchWriter;
            try
            {
                return work(_batchWriter);
            }
            catch
            {
                savepoint.Rollback();
                throw;
            }
            finally
            {
                _writer = outer;
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var writer = Store.BeginWrite();
                _writer = writer;
                var result = work(writer);
                writer.Commit();
                return result;
            }
            catch (StorageException e) when (e.Failure == StorageFailure.Transient && attempt < TransientAttempts)
            {
                // The server undid the whole unit of work; it re-reads everything it decides on, so running it again is safe.
                Thread.Sleep(Random.Shared.Next(5, 20 * attempt));
            }
            finally
            {
                _writer = null;
            }
        }
    }

    /// <summary>How often a unit of work the server gave up (deadlock, serialisation) is run again before the operator hears of it.</summary>
    private const int TransientAttempts = 5;

    /// <summary>Runs <paramref name="work"/> as one unit of work.</summary>
    public void Write(Action<IStoreWriter> work) => Write(w =>
    {
        work(w);
        return 0;
    });

    /// <summary>Where the depot is: a file path, or a server and database.</summary>
    public string DatabasePath { get; }

    /// <summary>Who signs the events written through this context.</summary>
    public string Operator { get; private set; }

    /// <summary>Another operator takes over this bench (a shift change); later events carry the new name.</summary>
    public void ChangeOperator(string operatorName)
    {
        if (string.IsNullOrWhiteSpace(operatorName))
        {
            throw new RefusedException("an operator needs a name");
        }

        Operator = operatorName.Trim();
    }

    /// <summary>All time in the domain comes from here.</summary>
    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Opens the depot at <paramref name="location"/> (a file path for the embedded engine, a
    /// server URL for a shared one) with the engine that serves it, creating it when
    /// <paramref name="create"/> allows.
    /// </summary>
    public static DepotContext Open(string location, string operatorName, TimeProvider? clock = null, bool create = true)
    {
        var store = StoreEngines.Open(location, new StoreOpenOptions(Create: create));
        var context = new DepotContext(store, store.Description.Location, operatorName, clock ?? TimeProvider.System);
        try
        {
            UnitCounts.KeepStates(context);
            Reports.ReportCounts.KeepCurrent(context);
        }
        catch
        {
            context.Dispose();
            throw;
        }

        return context;
    }

    /// <summary>
    /// Opens a batch: every write until the batch is committed joins one unit of work (imports, the
    /// demo loader). Disposing without <see cref="Batch.Commit"/> rolls everything back.
    /// </summary>
    public Batch BeginBatch()
    {
        if (_batchWriter is not null)
        {
            throw new InvalidOperationException("a batch is already open");
        }

        _batchWriter = Store.BeginWrite();
        return new Batch(this);
    }

    public void Dispose()
    {
        _batchWriter?.Dispose();
        _batchWriter = null;
        Store.Dispose();
        _sharedRead.Dispose();
    }

    /// <summary>A group of writes that commit together.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly DepotContext _context;

        internal Batch(DepotContext context) => _context = context;

        public void Commit()
        {
            try
            {
                _context._batchWriter?.Commit();
            }
            finally
            {
                _context._batchWriter?.Dispose();
                _context._batchWriter = null;
            }
        }

        public void Dispose()
        {
            _context._batchWriter?.Dispose();
            _context._batchWriter = null;
        }
    }
}
