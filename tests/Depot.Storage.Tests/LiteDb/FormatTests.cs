using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;
using LiteDB;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>The file records its format version; an older one is brought forward in one step, a newer one is refused.</summary>
public sealed class FormatTests : IDisposable
{
    private readonly LiteDbFixture _fixture = new();

    /// <summary>The contents of a depot format 1 wrote (Data/format-1.csv): owners ATEA and TELIA, unit 356938035643809 Received, one event, counter "pool|1|Received" = 1.</summary>
    private static string ShippedContents => Path.Combine(AppContext.BaseDirectory, "Data", "format-1.csv");

    [Fact]
    public void A_new_file_records_the_current_format_version()
    {
        using (var store = _fixture.Open())
        {
            Assert.Equal(StoreSchema.FormatVersion, store.Description.FormatVersion);
        }

        using var database = new LiteDatabase(new ConnectionString { Filename = _fixture.Path, ReadOnly = true });
        Assert.Equal(StoreSchema.FormatVersion, database.GetCollection(LiteDbFormat.MetaCollection).FindById("format")["version"].AsInt32);
        Assert.Equal(0, database.CheckpointSize);
        Assert.Equal("/Ordinal", database.Collation.ToString());
    }

    [Fact]
    public void The_file_shipped_with_the_tests_opens_with_its_rows()
    {
        FormatFile.Build(ShippedContents, _fixture.Path);

        using var store = _fixture.Open();
        using var session = store.BeginRead();

        Assert.Equal(["ATEA", "TELIA"], session.Table<OwnerRow>().All().Select(o => o.Code));
        var link = session.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, "356938035643809")!;
        Assert.Equal("Received", session.Table<UnitRow>().Get(link.UnitId)!.State);
        Assert.Single(session.Table<EventRow>().Find(EventRow.ByUnit, link.UnitId));
        Assert.Equal(1, session.Counter("pool|1|Received"));

        // Format 1 knew no serial patterns: its model reads as one that declares none.
        var model = session.Table<ModelRow>().FindOne(ModelRow.BySku, "IPH13-128")!;
        Assert.Equal(("iPhone 13 128 GB", null), (model.Name, model.SerialPattern));
    }

    [Fact]
    public void An_older_file_is_upgraded_on_open_and_records_the_new_version()
    {
        FormatFile.Build(ShippedContents, _fixture.Path);
        using (var database = new LiteDatabase(new ConnectionString { Filename = _fixture.Path }))
        {
            database.GetCollection(LiteDbFormat.MetaCollection).Delete("format");
            database.GetCollection("units").DropIndex("units_state");
        }

        using (var store = _fixture.Open())
        using (var session = store.BeginRead())
        {
            Assert.Single(session.Table<UnitRow>().Range(UnitRow.ByState, "Received|", "Received|~"));
        }

        using var check = new LiteDatabase(new ConnectionString { Filename = _fixture.Path, ReadOnly = true });
        Assert.Equal(StoreSchema.FormatVersion, LiteDbFormat.StoredVersion(check));
    }

    [Fact]
    public void An_index_the_schema_no_longer_declares_is_dropped_when_the_file_is_opened()
    {
        // Format 1 files index units by owner and state alone; the owner, state and since index serves those reads now.
        FormatFile.Build(ShippedContents, _fixture.Path);
        Assert.Contains("units|units_owner_state", Indexes());

        using (var store = _fixture.Open())
        using (var session = store.BeginRead())
        {
            Assert.Single(session.Table<UnitRow>().Range(UnitRow.ByOwnerStateSince, "1|Received|", "1|Received|~"));
        }

        Assert.DoesNotContain("units|units_owner_state", Indexes());
        Assert.Contains("units|units_owner_state_since", Indexes());
    }

    [Fact]
    public void A_file_from_a_newer_program_is_refused_and_left_as_it_was()
    {
        FormatFile.Build(ShippedContents, _fixture.Path);
        using (var database = new LiteDatabase(new ConnectionString { Filename = _fixture.Path }))
        {
            database.GetCollection(LiteDbFormat.MetaCollection).Upsert(new BsonDocument { ["_id"] = "format", ["version"] = StoreSchema.FormatVersion + 1 });
        }

        var before = File.ReadAllBytes(_fixture.Path);

        var refusal = Assert.Throws<StorageException>(() => _fixture.Open());

        Assert.Equal(StorageFailure.NewerFormat, refusal.Failure);
        Assert.Contains("written by a newer Depot", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_fixture.Path));
    }

    [Fact]
    public void The_upgrade_steps_are_numbered_one_by_one_up_to_the_current_version()
    {
        Assert.Equal(Enumerable.Range(1, StoreSchema.FormatVersion), LiteDbFormat.Steps.Select(s => s.Version));
    }

    public void Dispose() => _fixture.Dispose();

    private List<string> Indexes()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = _fixture.Path, ReadOnly = true });
        return database.GetCollection("$indexes").FindAll().Select(d => d["collection"].AsString + "|" + d["name"].AsString).ToList();
    }
}
