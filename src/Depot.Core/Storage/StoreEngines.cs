namespace Depot.Core.Storage;

/// <summary>
/// The engines this program was built with. The executable (and the test and benchmark hosts)
/// registers them at start; Core itself knows none of them.
/// </summary>
public static class StoreEngines
{
    private static readonly List<IStoreEngine> Engines = [];
    private static readonly Lock Guard = new();

    public static void Register(IStoreEngine engine)
    {
        lock (Guard)
        {
            if (!Engines.Any(e => e.Name == engine.Name))
            {
                Engines.Add(engine);
            }
        }
    }

    /// <summary>The engine that serves <paramref name="location"/> (the last registered is tried first), or null.</summary>
    public static IStoreEngine? For(string location)
    {
        lock (Guard)
        {
            return Enumerable.Reverse(Engines).FirstOrDefault(e => e.Accepts(location));
        }
    }

    /// <summary>Opens <paramref name="location"/> with the first engine that accepts it (the last registered is tried first).</summary>
    public static IDepotStore Open(string location, StoreOpenOptions? options = null)
    {
        IStoreEngine? engine;
        lock (Guard)
        {
            engine = Enumerable.Reverse(Engines).FirstOrDefault(e => e.Accepts(location));
        }

        if (engine is null)
        {
            throw new StorageException(StorageFailure.Other, $"no storage engine can open \"{location}\"");
        }

        return engine.Open(location, options ?? new StoreOpenOptions());
    }
}
