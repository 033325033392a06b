using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>
/// The format version a file records (<see cref="StoreSchema.FormatVersion"/>, in the collection
/// <c>depot_meta</c>) and the steps that bring an older file forward. Every pending step and the
/// new version commit in one unit of work, so a file is never half upgraded.
/// </summary>
internal static class LiteDbFormat
{
    public const string MetaCollection = "depot_meta";
    private const string FormatKey = "format";

    /// <summary>One step from the version before it to <see cref="Version"/>.</summary>
    public sealed record Step(int Version, string What, Action<LiteDatabase> Apply);

    /// <summary>Every upgrade step, in order. Version 1 is the first format: its tables and indexes.</summary>
    public static IReadOnlyList<Step> Steps { get; } =
    [
        new(1, "tables and indexes of the first format", _ => { }),
    ];

    /// <summary>Under the exclusive lock: sets the engine up, upgrades the format, creates missing tables and indexes.</summary>
    public static void Prepare(LiteDbStore store)
    {
        var database = store.Database;

        // The store checkpoints itself (under its lock, after a flushed commit); LiteDB must never
        // checkpoint on its own, least of all while closing an engine that another process made stale.
        if (database.CheckpointSize != 0)
        {
            database.CheckpointSize = 0;
        }

        var stored = StoredVersion(database);
        RefuseNewer(store, stored);
        RefuseForeign(store, stored);
        var pending = Steps.Where(s => s.Version > stored).ToList();
        var indexes = MissingOrChangedIndexes(database);
        if (pending.Count == 0 && indexes.Count == 0)
        {
            return;
        }

        database.BeginTrans();
        try
        {
            foreach (var step in pending)
            {
                step.Apply(database);
            }

            foreach (var (table, index) in indexes)
            {
                var collection = database.GetCollection(table.Name, BsonAutoId.Int64);
                collection.DropIndex(index.Name);
                collection.EnsureIndex(index.Name, LiteDbIndexes.Expression(index), index.Unique);
            }

            database.GetCollection(MetaCollection).Upsert(new BsonDocument { ["_id"] = FormatKey, ["version"] = StoreSchema.FormatVersion });
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        store.MakeDurable();
    }

    /// <summary>Whether the file needs nothing from <see cref="Prepare"/> (read under the shared lock).</summary>
    public static bool IsReady(LiteDbStore store)
    {
        var database = store.Database;
        return database.CheckpointSize == 0
            && StoredVersion(database) == StoreSchema.FormatVersion
            && MissingOrChangedIndexes(database).Count == 0;
    }

    /// <summary>The file must already be in this program's format (a read-only store, or one that is ready).</summary>
    public static void RequireCurrent(LiteDbStore store)
    {
        var stored = StoredVersion(store.Database);
        RefuseNewer(store, stored);
        RefuseForeign(store, stored);
        if (stored < StoreSchema.FormatVersion)
        {
            throw new StorageException(StorageFailure.Other,
                $"the database {store.Description.Location} is in an older format ({stored}); open it once for writing so Depot can bring it to format {StoreSchema.FormatVersion}");
        }
    }

    /// <summary>The format version the file records; 0 for a new file.</summary>
    public static int StoredVersion(LiteDatabase database)
    {
        var meta = database.GetCollection(MetaCollection).FindById(FormatKey);
        return meta is null ? 0 : meta["version"].AsInt32;
    }

    /// <summary>A LiteDB file that holds other collections and none of a depot's is someone else's file: it is not made into a depot.</summary>
    private static void RefuseForeign(LiteDbStore store, int stored)
    {
        if (stored > 0)
        {
            return;
        }

        var names = store.Database.GetCollectionNames().ToList();
        if (names.Count > 0 && !names.Any(n => StoreSchema.Tables.Any(t => string.Equals(t.Name, n, StringComparison.OrdinalIgnoreCase))))
        {
            throw new StorageException(StorageFailure.Damaged, $"{store.Description.Location} is not a Depot database (a LiteDB file of another program); nothing was changed");
        }
    }

    private static void RefuseNewer(LiteDbStore store, int stored)
    {
        if (stored > StoreSchema.FormatVersion)
        {
            throw new StorageException(StorageFailure.NewerFormat,
                $"the database {store.Description.Location} was written by a newer Depot (format {stored}; this program reads up to format {StoreSchema.FormatVersion}); update Depot before opening it. Nothing was changed");
        }
    }

    private static List<(TableSpec Table, IndexSpec Index)> MissingOrChangedIndexes(LiteDatabase database)
    {
        var existing = database.GetCollection("$indexes").FindAll()
            .ToDictionary(d => d["collection"].AsString + "|" + d["name"].AsString, d => d["expression"].AsString, StringComparer.OrdinalIgnoreCase);
        var wanted = new List<(TableSpec, IndexSpec)>();
        foreach (var table in StoreSchema.Tables)
        {
            foreach (var index in table.Indexes)
            {
                var expression = BsonExpression.Create(LiteDbIndexes.Expression(index)).Source;
                if (!existing.TryGetValue(table.Name + "|" + index.Name, out var stored) || stored != expression)
                {
                    wanted.Add((table, index));
                }
            }
        }

        return wanted;
    }
}
