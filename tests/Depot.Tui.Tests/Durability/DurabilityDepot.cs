using Depot.Core;
using Depot.Core.Generation;
using Depot.Core.Storage;

namespace Depot.Tui.Tests.Durability;

/// <summary>A generated depot in its own temporary folder, removed afterwards.</summary>
internal sealed class DurabilityDepot : IDisposable
{
    private DurabilityDepot(string folder, string path)
    {
        Folder = folder;
        Path = path;
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Generates <paramref name="units"/> units with the volume generator (a few thousand take well under a second).</summary>
    public static DurabilityDepot Generate(int units, int seed = 7)
    {
        var folder = Directory.CreateTempSubdirectory("depot-durability-").FullName;
        var path = System.IO.Path.Combine(folder, "depot.db");
        using (var context = DepotContext.Open(path, "setup"))
        {
            new VolumeGenerator(context, new VolumeOptions { Units = units, Seed = seed, Owners = 5, Models = 10 }).Run();
        }

        return new DurabilityDepot(folder, path);
    }

    public DepotContext Open() => DepotContext.Open(Path, "test");

    /// <summary>Identifiers of units a dock can receive now (with their user, or announced by a case).</summary>
    public List<string> Receivable(int count)
    {
        using var context = Open();
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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still be closing its handle; the temp folder is cleaned up by the OS later.
        }
    }
}
