using Depot.Core.Backup;
using Depot.Core.Storage;

namespace Depot.Storage.LiteDb;

/// <summary>The embedded engine: one LiteDB file holds the depot. Any location that is not a server URL is a file path.</summary>
public sealed class LiteDbEngine : IFileStoreEngine
{
    public string Name => "LiteDB";

    public bool Accepts(string location) =>
        !location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        && !location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        && !location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public IDepotStore Open(string location, StoreOpenOptions options) => LiteDbStore.Open(location, options);

    public void ReplaceWith(string location, string copy) => LiteDbStore.Replace(location, copy);
}
