using Depot.Core.Storage;

namespace Depot.Storage.Tests.Postgres;

/// <summary>A fresh database on the run's throwaway server for one test class, dropped afterwards.</summary>
public sealed class PostgresDatabase : IDisposable
{
    public PostgresDatabase()
    {
        Engines.Register();
        Server = ThrowawayPostgres.Shared;
        Name = Server.CreateDatabase();
    }

    public ThrowawayPostgres Server { get; }

    public string Name { get; }

    /// <summary>The database's URL (TCP, with the password), as a bench would be given it.</summary>
    public string Url => Server.Url(Name);

    public IDepotStore Open(StoreOpenOptions? options = null) => StoreEngines.Open(Url, options);

    public void Dispose() => Server.DropDatabase(Name);
}
