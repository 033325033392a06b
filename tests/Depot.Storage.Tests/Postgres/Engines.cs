using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Storage.Postgres;

namespace Depot.Storage.Tests.Postgres;

/// <summary>Registers both engines, as the executable does.</summary>
public static class Engines
{
    public static void Register()
    {
        StoreEngines.Register(new LiteDbEngine());
        StoreEngines.Register(new PostgresEngine());
    }
}
