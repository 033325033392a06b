using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// The shared engine: a depot on a PostgreSQL server that several benches use at once. Takes a URL
/// (<c>postgres://user@host:port/database</c>, also <c>postgresql://</c>) or an Npgsql connection
/// string (<c>Host=...;Database=...</c>); a file path is the embedded engine's.
/// </summary>
public sealed class PostgresEngine : IStoreEngine
{
    public string Name => "PostgreSQL";

    public bool Accepts(string location) => PostgresLocation.IsUrl(location) || PostgresLocation.IsConnectionString(location);

    public IDepotStore Open(string location, StoreOpenOptions options) => PostgresStore.Open(location, options);
}
