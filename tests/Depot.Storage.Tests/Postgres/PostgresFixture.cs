using Depot.Core.Storage;
using Depot.Storage.Postgres;
using Depot.Storage.Tests.Contract;

namespace Depot.Storage.Tests.Postgres;

/// <summary>The contract suite's fixture on PostgreSQL: a fresh database on the run's throwaway server per test, dropped afterwards.</summary>
public sealed class PostgresFixture : IStoreFixture
{
    private readonly ThrowawayPostgres _server = ThrowawayPostgres.Shared;
    private string? _database;

    public IDepotStore Open()
    {
        _database ??= _server.CreateDatabase("contract");
        return new PostgresEngine().Open(_server.Url(_database), new StoreOpenOptions());
    }

    public void Dispose()
    {
        if (_database is not null)
        {
            _server.DropDatabase(_database);
        }
    }
}
