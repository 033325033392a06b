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

    /// <summary>Under the exclusive lock: sets the engine up, upgrades the format, creates missing tables and indexes, drops undeclared ones.</summary>
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
        var undeclared = UndeclaredIndexes(database);
        if (pending.Count == 0 && indexes.Count == 0 && undeclared.Count == 0)
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

            // An index the schema no longer names would still be kept up to date with every change.
            foreach (var (table, name) in undeclared)
            {
                database.GetCollection(table, BsonAutoId.Int64).DropIndex(name);
            }

            foreach (var table in indexes.Select(i => i.Table).Distinct())
            {
                StoreKeyFields(database, table);
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
            && MissingOrChangedIndexes(database).Count == 0
            && UndeclaredIndexes(database).Count == 0;
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

    /// <summary>
    /// Writes every row of <paramref name="table"/> again as this program maps it. An index is built
    /// on a key field the row computes (<c>OwnerStateSinceKey</c>) and stores with the document; rows
    /// stored by a version that had no such field would otherwise be missing from a new index.
    /// In pages of ids, so a million rows never sit in memory at once.
    /// </summary>
    private static void StoreKeyFields(LiteDatabase database, TableSpec table)
    {
        var collection = database.GetCollection(table.Name, BsonAutoId.Int64);
        var after = BsonValue.MinValue;
        while (true)
        {
            var page = collection.Find(BsonExpression.Create("$._id > @0", after), 0, 2000).ToList();
            if (page.Count == 0)
            {
                return;
            }

            foreach (var document in page)
            {
                var row = database.Mapper.ToObject(table.RowType, document);
                var rewritten = database.Mapper.ToDocument(table.RowType, row);
                rewritten["_id"] = document["_id"];
                collection.Update(rewritten);
            }

            after = page[^1]["_id"];
        }
    }

    /// <summary>Indexes of the depot's tables that the schema no longer declares (LiteDB's own <c>_id</c> aside).</summary>
    private static List<(string Table, string Index)> UndeclaredIndexes(LiteDatabase database) =>
        database.GetCollection("$indexes").FindAll()
            .Select(d => (Table: d["collection"].AsString, Index: d["name"].AsString))
            .Where(i => i.Index != "_id"
                && StoreSchema.Tables.FirstOrDefault(t => string.Equals(t.Name, i.Table, StringComparison.OrdinalIgnoreCase)) is { } table
                && !table.Indexes.Any(x => string.Equals(x.Name, i.Index, StringComparison.OrdinalIgnoreCase)))
            .ToList();

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
