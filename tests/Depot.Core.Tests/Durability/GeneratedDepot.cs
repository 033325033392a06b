using Depot.Core.Generation;
using Depot.Core.Storage;

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

    public static List<string> Receivable(DepotContext context, int count)
    {
        using var command = context.Connection.Command(
            "SELECT identifier FROM units WHERE state IN ('WithUser', 'Announced') ORDER BY id LIMIT $n").With("$n", count);
        using var reader = command.ExecuteReader();
        var identifiers = new List<string>();
        while (reader.Read())
        {
            identifiers.Add(reader.GetString(0));
        }

        return identifiers;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
