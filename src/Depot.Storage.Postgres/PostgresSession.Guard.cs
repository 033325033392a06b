using Npgsql;

namespace Depot.Storage.Postgres;

internal partial class PostgresSession
{
    /// <summary>
    /// Runs a change that a unique index may refuse behind a savepoint of its own (sent with the
    /// change, released with the next statement): a refused row is undone alone and the unit of
    /// work goes on, as on the embedded engine.
    /// </summary>
    internal T RunGuarded<T>(Func<ValueTask<T>> work)
    {
        ThrowIfUnusable();
        Defer("SAVEPOINT " + Guard);
        try
        {
            var result = Blocking.Wait(work());
            Defer("RELEASE SAVEPOINT " + Guard);
            return result;
        }
        catch (PostgresException e) when (FromCarried(e))
        {
            // A queued statement sent ahead of the guarded change failed: the savepoint was never
            // taken, and the whole unit of work is lost, not only this row.
            _pending.Clear();
            _failed = e.Message;
            throw PostgresErrors.Translate(e, Store.Location);
        }
        catch (PostgresException e)
        {
            UndoGuarded();
            throw PostgresErrors.Translate(e, Store.Location);
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            _broken = true;
            throw PostgresErrors.Translate(e, Store.Location);
        }
    }

    private const string Guard = "depot_guard";

    private void UndoGuarded()
    {
        _pending.Clear();
        try
        {
            Blocking.Wait(RollbackGuardAsync());
        }
        catch (PostgresException e)
        {
            _failed = e.Message;
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            _broken = true;
        }
    }

    private async ValueTask<int> RollbackGuardAsync()
    {
        await using var batch = await BatchAsync().ConfigureAwait(false);
        Add(batch, "ROLLBACK TO SAVEPOINT " + Guard);
        Add(batch, "RELEASE SAVEPOINT " + Guard);
        return await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
