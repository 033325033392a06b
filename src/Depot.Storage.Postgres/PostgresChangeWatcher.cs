using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

/// <summary>
/// Listens on a connection of its own for other benches' change notices and hands each to the
/// callback on a background task. If the connection drops, it reconnects and reports every watched
/// table as changed (ids empty: refresh all), since notices sent meanwhile are lost.
/// </summary>
internal sealed class PostgresChangeWatcher : IDisposable
{
    private static readonly TimeSpan MostPatience = TimeSpan.FromSeconds(5);

    [ThreadStatic]
    private static bool _inCallback;

    private readonly PostgresStore _store;
    private readonly Action<StoreChange> _changed;
    private readonly NpgsqlDataSource _source;
    private readonly CancellationTokenSource _stop = new();
    private NpgsqlConnection _connection;
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    private PostgresChangeWatcher(PostgresStore store, Action<StoreChange> changed, NpgsqlDataSource source, NpgsqlConnection connection)
    {
        _store = store;
        _changed = changed;
        _source = source;
        _connection = connection;
    }

    /// <summary>Listens before returning, so every commit after this call is reported.</summary>
    public static PostgresChangeWatcher Start(PostgresStore store, Action<StoreChange> changed)
    {
        var builder = new NpgsqlDataSourceBuilder(store.Location.Settings.ConnectionString);
        builder.ConnectionStringBuilder.Pooling = false;

        // A quiet listening connection still notices within seconds that the server went away.
        builder.ConnectionStringBuilder.KeepAlive = 10;
        builder.ConnectionStringBuilder.ApplicationName ??= "depot (watching changes)";
        var source = builder.Build();
        try
        {
            var watcher = new PostgresChangeWatcher(store, changed, source, null!);
            watcher._connection = Blocking.Wait(watcher.ListenAsync(CancellationToken.None));
            watcher._loop = Task.Run(watcher.LoopAsync);
            return watcher;
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            source.Dispose();
            throw PostgresErrors.Translate(e, store.Location);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        if (!_inCallback)
        {
            try
            {
                _loop.Wait(MostPatience);
            }
            catch (AggregateException)
            {
                // The loop ends by cancellation; nothing to report while stopping.
            }
        }

        _connection.Dispose();
        _source.Dispose();
        _store.Forget(this);
    }

    private async ValueTask<NpgsqlConnection> ListenAsync(CancellationToken stop)
    {
        var connection = await _source.OpenConnectionAsync(stop).ConfigureAwait(false);
        connection.Notification += (_, e) => Deliver(e.Payload);
        await using var listen = new NpgsqlCommand("LISTEN " + ChangeNotice.Channel, connection);
        await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
        return connection;
    }

    private async Task LoopAsync()
    {
        var stop = _stop.Token;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _connection.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (PostgresErrors.IsEngine(e) || e is ObjectDisposedException || e is InvalidOperationException)
            {
                if (!await ReconnectAsync(stop).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Waits for the server to come back, listens again, and reports everything as changed.</summary>
    private async Task<bool> ReconnectAsync(CancellationToken stop)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
                await Task.Delay(delay, stop).ConfigureAwait(false);
                _connection = await ListenAsync(stop).ConfigureAwait(false);
                foreach (var table in ChangeNotice.Tables)
                {
                    Report(new StoreChange(table, []));
                }

                return true;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e) when (PostgresErrors.IsEngine(e))
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }

        return false;
    }

    private void Deliver(string payload)
    {
        if (ChangeNotice.Read(payload) is var (origin, change) && origin != _store.Origin)
        {
            Report(change);
        }
    }

    private void Report(StoreChange change)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _inCallback = true;
        try
        {
            _changed(change);
        }
#pragma warning disable CA1031 // a screen's refresh failing must not stop the other screens hearing of changes
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            _inCallback = false;
        }
    }
}
