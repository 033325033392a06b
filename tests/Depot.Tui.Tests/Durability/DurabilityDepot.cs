using Depot.Core;
using Depot.Core.Generation;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

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

    /// <summary>The depot path given to <c>depot --db</c>.</summary>
    public string Path { get; }

    /// <summary>The store file itself (beside the old SQLite file while the move off SQLite is in progress).</summary>
    public string StorePath => Path;

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

    /// <summary>Identifiers of units a dock can receive now (with their user, or announced by a case), in id order.</summary>
    public List<string> Receivable(int count)
    {
        using var context = Open();
        return context.Read(s => s.Table<UnitRow>().All()
            .Where(u => u.State is "WithUser" or "Announced")
            .Take(count)
            .Select(u => u.Identifier)
            .ToList());
    }

    /// <summary>The state of the unit with <paramref name="identifier"/>, read as the depot reads it.</summary>
    public static string State(IStoreSession session, string identifier) =>
        session.Table<UnitRow>().Get(session.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier)!.UnitId)!.State;

    /// <summary>
    /// Reads every row of every table: a damaged file (a broken index or page chain) fails here,
    /// where a look-up by one key might never touch the damage. Returns the rows read.
    /// </summary>
    public static long ReadEverything(DepotContext context) => context.Read(s =>
    {
        long rows = 0;
        foreach (var table in StoreSchema.Tables)
        {
            var all = typeof(DurabilityDepot).GetMethod(nameof(CountAll), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(table.RowType);
            rows += (long)all.Invoke(null, [s])!;
        }

        return rows;
    });

    /// <summary>Keeps a copy of every file of the depot, to start each round of a test from the same depot.</summary>
    public void Keep(string name)
    {
        var copy = System.IO.Path.Combine(Folder, name);
        Directory.CreateDirectory(copy);
        foreach (var file in DepotFiles())
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Puts back the files kept by <see cref="Keep"/>, and only those.</summary>
    public void PutBack(string name)
    {
        foreach (var file in DepotFiles())
        {
            File.Delete(file);
        }

        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(Folder, name)))
        {
            File.Copy(file, System.IO.Path.Combine(Folder, System.IO.Path.GetFileName(file)));
        }
    }

    private IEnumerable<string> DepotFiles() => Directory.EnumerateFiles(Folder, "depot*").ToList();

    private static long CountAll<TRow>(IStoreSession session) where TRow : class, IRow, new() => session.Table<TRow>().All().LongCount();

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
