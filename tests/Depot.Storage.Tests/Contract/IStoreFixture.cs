using Depot.Core.Storage;

namespace Depot.Storage.Tests.Contract;

/// <summary>
/// One engine as the contract suite sees it: a fresh, empty depot per test. Each call to
/// <see cref="Open"/> is another bench (another open store on the same depot). A new engine
/// (PostgreSQL) plugs in with its own fixture; the test bodies stay as they are.
/// </summary>
public interface IStoreFixture : IDisposable
{
    /// <summary>Opens the fixture's depot (creating it on the first call).</summary>
    IDepotStore Open();
}
