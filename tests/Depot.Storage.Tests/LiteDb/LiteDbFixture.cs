using Depot.Core.Storage;
using Depot.Storage.LiteDb;
using Depot.Storage.Tests.Contract;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>A depot file in its own temporary folder, removed afterwards.</summary>
public sealed class LiteDbFixture : IStoreFixture
{
    public LiteDbFixture()
    {
        Folder = Directory.CreateTempSubdirectory("depot-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "depot.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public IDepotStore Open() => new LiteDbEngine().Open(Path, new StoreOpenOptions());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file; the OS cleans the temporary folder later.
        }
    }
}
