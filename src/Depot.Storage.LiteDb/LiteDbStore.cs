using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>A depot in one LiteDB file.</summary>
internal sealed class LiteDbStore : IDepotStore
{
    private readonly LiteDatabase _database;
    private readonly Lock _writeLock = new();

    private LiteDbStore(LiteDatabase database, string path)
    {
        _database = database;
        Description = new StoreDescription("LiteDB", path, StoreSchema.FormatVersion);
    }

    public StoreDescription Description { get; }

    internal LiteDatabase Database => _database;

    internal BsonMapper Mapper => _database.Mapper;

    public static LiteDbStore Open(string location, StoreOpenOptions options)
    {
        var path = Path.GetFullPath(location);
        var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, LiteDbMapper.Create());
        var store = new LiteDbStore(database, path);
        store.EnsureSchema();
        return store;
    }

    public IStoreSession BeginRead() => new LiteDbSession(this, writable: false);

    public IStoreWriter BeginWrite()
    {
        _writeLock.Enter();
        try
        {
            _database.BeginTrans();
            return new LiteDbWriter(this, () => _writeLock.Exit());
        }
        catch
        {
            _writeLock.Exit();
            throw;
        }
    }

    public long BackupTo(string targetPath)
    {
        lock (_writeLock)
        {
            _database.Checkpoint();
            File.Copy(Description.Location, targetPath, overwrite: false);
            return new FileInfo(targetPath).Length;
        }
    }

    public void Dispose() => _database.Dispose();

    private void EnsureSchema()
    {
        foreach (var table in StoreSchema.Tables)
        {
            var collection = _database.GetCollection(table.Name);
            foreach (var index in table.Indexes)
            {
                collection.EnsureIndex(index.Name, "$." + index.Field, index.Unique);
            }
        }

        if (_database.UserVersion == 0)
        {
            _database.UserVersion = StoreSchema.FormatVersion;
        }
    }
}
