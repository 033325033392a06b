using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>One unit of work: a LiteDB transaction on this thread, with an undo log for savepoints.</summary>
internal sealed class LiteDbWriter(LiteDbStore store, Action release) : LiteDbSession(store, writable: true), IStoreWriter
{
    private readonly List<Action> _undo = [];
    private bool _done;

    public void AddToCounter(string key, long delta)
    {
        if (delta == 0)
        {
            return;
        }

        var counters = Store.Database.GetCollection(CountersCollection);
        var document = counters.FindById(key);
        var before = document is null ? 0 : document["v"].AsInt64;
        counters.Upsert(new BsonDocument { ["_id"] = key, ["v"] = before + delta });
        Undo(() => counters.Upsert(new BsonDocument { ["_id"] = key, ["v"] = before }));
    }

    public IStoreSavepoint Savepoint() => new Mark(this, _undo.Count);

    public void Commit()
    {
        if (_done)
        {
            throw new InvalidOperationException("this unit of work is already finished");
        }

        Store.Database.Commit();
        _done = true;
    }

    internal override void Undo(Action undo) => _undo.Add(undo);

    public override void Dispose()
    {
        if (!_done)
        {
            _done = true;
            Store.Database.Rollback();
        }

        release();
    }

    private void RollbackTo(int mark)
    {
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(mark, _undo.Count - mark);
    }

    private sealed class Mark(LiteDbWriter writer, int position) : IStoreSavepoint
    {
        public void Rollback() => writer.RollbackTo(position);
    }
}
