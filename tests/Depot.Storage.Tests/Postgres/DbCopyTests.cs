using System.Text.Json;
using Depot.Core;
using Depot.Core.Demo;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using Depot.Storage.Postgres;
using Depot.Tui.Cli;

namespace Depot.Storage.Tests.Postgres;

public sealed class DbCopyTests : IDisposable
{
    private readonly ThrowawayPostgres _server;
    private readonly string _folder = Directory.CreateTempSubdirectory("depot-copy-").FullName;
    private readonly List<string> _databases = [];

    public DbCopyTests()
    {
        Engines.Register();
        _server = ThrowawayPostgres.Shared;
    }

    [Fact]
    public void A_depot_copied_from_its_file_to_the_server_and_back_is_the_same_depot()
    {
        var original = Path.Combine(_folder, "bench.db");
        Populate(original);
        var server = Database();
        var back = Path.Combine(_folder, "back.db");

        var there = Cli("db", "copy", "--from", original, "--to", server);
        Assert.True(there.Code == 0, there.Output + there.Error);
        Assert.Contains("every table and counter matches", there.Output);
        Assert.Contains("depot check of the copy: OK, 29 units and 29 events", there.Output);
        Assert.Contains("units", there.Error);
        var home = Cli("db", "copy", "--from", server, "--to", back);
        Assert.Equal(0, home.Code);

        Assert.Equal(Snapshot(original), Snapshot(back));
        Assert.Equal(Snapshot(original), Snapshot(server));
        using var copy = StoreEngines.Open(server);
        using var writer = copy.BeginWrite();
        var highest = writer.Table<UnitRow>().All().Max(u => u.Id);
        Assert.Equal(highest + 1, writer.Table<UnitRow>().Insert(SampleRows.Unit("NEXT")));
    }

    [Fact]
    public void The_demo_depot_copied_to_the_server_exports_the_same_units_and_shows_every_unit_the_same()
    {
        var demo = Path.Combine(_folder, "demo.db");
        File.Copy(DemoDepot.CreateThrowaway(Path.Combine(AppContext.BaseDirectory, "data")), demo);
        var server = Database();
        var copied = Cli("db", "copy", "--from", demo, "--to", server);
        Assert.True(copied.Code == 0, copied.Output + copied.Error);

        var exported = Cli("--db", demo, "export", "units");
        Assert.Equal(0, exported.Code);
        Assert.Equal(exported.Output, Cli("--db", server, "export", "units").Output);

        List<string> identifiers;
        using (var store = StoreEngines.Open(demo))
        using (var read = store.BeginRead())
        {
            identifiers = read.Table<UnitRow>().All().Select(u => u.Identifier).ToList();
        }

        Assert.True(identifiers.Count > 50, $"the demo depot has only {identifiers.Count} units");
        Assert.All(identifiers, identifier =>
        {
            var here = Cli("--db", demo, "unit", "show", identifier, "--json");
            Assert.True(here.Code == 0, here.Error);
            Assert.Equal(here.Output, Cli("--db", server, "unit", "show", identifier, "--json").Output);
        });
    }

    [Fact]
    public void A_target_that_holds_a_depot_is_refused_and_left_as_it_was()
    {
        var original = Path.Combine(_folder, "one.db");
        Populate(original);
        var server = Database();
        using (var store = StoreEngines.Open(server))
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner("KEEP"));
            writer.Commit();
        }

        var refused = Cli("db", "copy", "--from", original, "--to", server);
        Assert.Equal(1, refused.Code);
        Assert.Contains("already holds a depot (1 owners)", refused.Error);
        using var check = StoreEngines.Open(server);
        using var read = check.BeginRead();
        Assert.Equal(1, read.Table<OwnerRow>().Count());
        Assert.Equal(0, read.Table<UnitRow>().Count());
    }

    [Fact]
    public void A_faithful_copy_of_a_depot_that_fails_its_check_says_so_and_exits_1()
    {
        var original = Path.Combine(_folder, "odd.db");
        Populate(original);
        using (var store = StoreEngines.Open(original))
        using (var writer = store.BeginWrite())
        {
            var unit = writer.Table<UnitRow>().Get(1)!;
            unit.State = "Received";
            writer.Table<UnitRow>().Update(unit);
            writer.Commit();
        }

        var result = Cli("db", "copy", "--from", original, "--to", Database());
        Assert.Equal(1, result.Code);
        Assert.Contains("every table and counter matches", result.Output);
        Assert.Contains("depot check of the copy: 1 unit(s)", result.Output);
        Assert.Contains("run `depot check` on the source", result.Error);
    }

    [Fact]
    public void A_missing_source_file_is_refused_without_creating_it()
    {
        var missing = Path.Combine(_folder, "missing.db");
        var result = Cli("db", "copy", "--from", missing, "--to", Path.Combine(_folder, "x.db"));
        Assert.Equal(1, result.Code);
        Assert.Contains("no depot file", result.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_server_depot_backs_up_to_a_file_that_holds_the_same_depot()
    {
        var original = Path.Combine(_folder, "source.db");
        Populate(original);
        var server = Database();
        using (var from = StoreEngines.Open(original))
        using (var into = StoreEngines.Open(server))
        {
            Assert.True(StoreCopy.Copy(from, into).Matches);
        }

        var backup = Path.Combine(_folder, "backup.db");
        using (var store = StoreEngines.Open(server))
        {
            Assert.True(store.BackupTo(backup) > 0);
        }

        Assert.Equal(Snapshot(original), Snapshot(backup));
    }

    public void Dispose()
    {
        foreach (var name in _databases)
        {
            _server.DropDatabase(name);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string Database()
    {
        var name = _server.CreateDatabase("copy");
        _databases.Add(name);
        return _server.Url(name);
    }

    private static (int Code, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DepotCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A small, consistent depot written through the contract: an owner and a model, units with identifiers and events, a voucher, a setting, counters.</summary>
    private static void Populate(string location)
    {
        using var store = StoreEngines.Open(location);
        using var writer = store.BeginWrite();
        var owner = SampleRows.Owner("ATEA", "Atea");
        writer.Table<OwnerRow>().Insert(owner);
        var model = new ModelRow { Sku = "IP15", Name = "iPhone 15" };
        writer.Table<ModelRow>().Insert(model);
        var units = Enumerable.Range(0, 30).Select(i => SampleRows.Unit($"35693803{i:D7}", "Available", owner.Id, i)).ToList();
        units.ForEach(u => u.ModelId = model.Id);
        writer.Table<UnitRow>().InsertMany(units);
        writer.Table<UnitRow>().Delete(units[5].Id);
        foreach (var unit in units.Where(u => u.Id != units[5].Id))
        {
            writer.Table<UnitIdentifierRow>().Insert(new UnitIdentifierRow { Identifier = unit.Identifier, UnitId = unit.Id, AddedAt = unit.StateSince });
            writer.Table<EventRow>().Insert(SampleRows.Event(unit.Id, minutes: unit.StateSince.Minute));
            UnitCounts.Move(writer, null, unit);
        }

        writer.Table<VoucherRow>().Insert(new VoucherRow { Code = "V-1", Imei = units[0].Identifier, Purchased = new DateOnly(2026, 1, 10), Registered = new DateOnly(2026, 2, 1) });
        writer.Table<SettingRow>().Insert(new SettingRow { Key = "cutoff", Value = "14:00" });
        writer.AddToCounter("test|copied", 10);

        // The monthly report figures as the domain keeps them (the context is not disposed: the store is ours).
        ReportCounts.Rebuild(new DepotContext(store, location, "test", TimeProvider.System), writer);
        writer.Commit();
    }

    /// <summary>Every row of every table (as JSON, ids included) and every counter.</summary>
    private static string Snapshot(string location)
    {
        using var store = StoreEngines.Open(location);
        using var read = store.BeginRead();
        var lines = new List<string>();
        foreach (var table in StoreSchema.Tables)
        {
            var rows = (IEnumerable<object>)typeof(DbCopyTests).GetMethod(nameof(Rows), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(table.RowType).Invoke(null, [read])!;
            lines.AddRange(rows.Select(r => table.Name + " " + JsonSerializer.Serialize(r, r.GetType())));
        }

        lines.AddRange(read.Counters("").Select(c => $"counter {c.Key}={c.Value}"));
        return string.Join("\n", lines);
    }

    private static IEnumerable<object> Rows<TRow>(IStoreSession session) where TRow : class, IRow, new() => session.Table<TRow>().All().ToList();
}
