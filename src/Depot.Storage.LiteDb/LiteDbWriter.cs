using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>
/// One unit of work: a LiteDB transaction, which LiteDB ties to the thread that began it, so every
/// call must come from that thread. Savepoints are an undo log (LiteDB has none). When LiteDB
/// throws inside the transaction it has already rolled all of it back, so the writer refuses any
/// further call and its commit: the unit of work saves nothing rather than half.
/// </summary>
internal sealed class LiteDbWriter(LiteDbStore store, Action release) : LiteDbSession(store, writable: true, release), IStoreWriter
{
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private readonly List<Action> _undo = [];
    private readonly List<(string Key, long Delta)> _counterChanges = [];
    private StorageException? _failure;
    private bool _done;

    public void AddToCounter(string key, long delta)
    {
        if (delta == 0)
        {
            return;
        }

        Run(() =>
        {
            var counters = Store.Documents(CountersCollection);
            var document = counters.FindById(key);
            var before = document is null ? 0 : document["v"].AsInt64;
            counters.Upsert(new BsonDocument { ["_id"] = key, ["v"] = before + delta });
            _counterChanges.Add((key, delta));
            Undo(() =>
            {
                counters.Upsert(new BsonDocument { ["_id"] = key, ["v"] = before });
                _counterChanges.RemoveAt(_counterChanges.Count - 1);
            });
        });
    }

    // One unit of work at a time holds the file (see StoreGate): every key is held already.
    public void Hold(string key) => BeforeCall();

    public IStoreSavepoint Savepoint()
    {
        BeforeCall();
        return new Mark(this, _undo.Count);
    }

    public void Commit()
    {
        ThrowIfReleased();
        if (_done)
        {
            throw new InvalidOperationException("this unit of work is already finished");
        }

        BeforeCall();
        Store.Gate.EnterCommit();
        try
        {
            try
            {
                Run(() =>
                {
                    Store.Database.Commit();

                    // LiteDB 5.0.21 returns from Commit with the log only written, not flushed (#2818).
                    Store.MakeDurable();
                });
            }
            catch
            {
                // Committed or not, the counts in memory can no longer be trusted.
                Store.ForgetCounters();
                throw;
            }

            // Still inside the commit: no reader sees the file changed and the copy not.
            Store.CountersCommitted(_counterChanges);
            _done = true;
        }
        finally
        {
            Store.Gate.ExitCommit();
        }

        Store.CheckpointIfLong();
    }

    internal override void Undo(Action undo) => _undo.Add(undo);

    protected override void BeforeCall()
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            throw new InvalidOperationException(
                "a unit of work must run on the thread that began it (LiteDB ties a transaction to its thread); do not await inside Write");
        }

        if (_failure is not null)
        {
            throw new StorageException(_failure.Failure, $"this unit of work already failed and was undone: {_failure.Message}", _failure);
        }
    }

    protected override void Failed(Exception e)
    {
        _failure ??= LiteDbErrors.Translate(e, Store.Description.Location);
    }

    public override void Dispose()
    {
        if (!_done && _failure is null && Environment.CurrentManagedThreadId == _thread)
        {
            try
            {
                Store.Database.Rollback();
            }
            catch (Exception e) when (LiteDbErrors.IsEngineFailure(e))
            {
                Store.Gate.Suspect = true;
            }
        }
        else if (!_done && Environment.CurrentManagedThreadId != _thread)
        {
            // The transaction belongs to another thread and cannot be rolled back from here; reopening
            // the engine drops it (nothing of it was committed).
            Store.Gate.Suspect = true;
        }

        _done = true;
        base.Dispose();
    }

    private void RollbackTo(int mark)
    {
        BeforeCall();
        Run(() =>
        {
            for (var i = _undo.Count - 1; i >= mark; i--)
            {
                _undo[i]();
            }
        });
        _undo.RemoveRange(mark, _undo.Count - mark);
    }

    private sealed class Mark(LiteDbWriter writer, int position) : IStoreSavepoint
    {
        public void Rollback() => writer.RollbackTo(position);
    }
}
