using System.Runtime.CompilerServices;
using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Storage.Postgres;

namespace Depot.Tui.Tests;

/// <summary>The test host registers the storage engines, as the executable does at start.</summary>
internal static class StorageEngines
{
    [ModuleInitializer]
    internal static void Register()
    {
        StoreEngines.Register(new LiteDbEngine());
        StoreEngines.Register(new PostgresEngine());
    }
}
