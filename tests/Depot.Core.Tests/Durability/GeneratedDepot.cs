using Depot.Core.Generation;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Tests.Durability;

/// <summary>A small generated depot in its own temporary folder, removed afterwards.</summary>
internal sealed class GeneratedDepot : IDisposable
{
    private GeneratedDepot(string folder) => Folder = folder;

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "depot.db");

    public static GeneratedDepot Create(int units, int seed = 3)
    {
        var depot = new GeneratedDepot(Directory.CreateTempSubdirectory("depot-durability-").FullName);
        using var context = DepotContext.Open(depot.Path, "setup");
        new VolumeGenerator(context, new VolumeOptions { Units = units, Seed = seed, Owners = 4, Models = 8 }).Run();
        return depot;
    }

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public DepotContext Open() => DepotContext.Open(Path, "test");

    /// <summary>Up to <paramref name="count"/> units that can be received (with a user or announced), oldest unit first.</summary>
    public static List<string> Receivable(DepotContext context, int count) => context.Read(s =>
        s.Table<UnitRow>().All()
            .Where(u => u.State is "WithUser" or "Announced")
            .Take(count)
            .Select(u => u.Identifier)
            .ToList());

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
