using System.Globalization;
using System.Text;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Units;
using Depot.Storage.Tests.Postgres;

namespace Depot.Storage.Tests.Contract;

/// <summary>
/// What the depot stores beyond the rows of the contract suite, read back the same on every
/// engine: a model's serial pattern, and the record of imports in time order.
/// </summary>
public sealed class DepotOnEveryEngineTests : IDisposable
{
    private readonly List<Action> _cleanUp = [];

    public static TheoryData<string> EngineNames => ["LiteDB", "PostgreSQL"];

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void A_models_serial_pattern_is_stored_read_by_another_bench_and_cleared(string engine)
    {
        var location = NewDepot(engine);
        using var first = DepotContext.Open(location, "bench-1");
        using var second = DepotContext.Open(location, "bench-2");
        new Catalog(first).AddOwner("ACME", "Acme AB", 100);
        // A model stored without a pattern (as every model before patterns were kept) has none.
        new Catalog(first).AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        new Catalog(first).AddModel("MBP14", "MacBook Pro 14", new Money(24995m, "SEK"), "C02[A-Z0-9]{3}");

        Assert.Equal([null, "C02[A-Z0-9]{3}"], new Catalog(second).ListModels().Select(m => m.SerialPattern));
        var refused = Assert.Throws<RefusedException>(() => new UnitService(second).Intake("ZB001234X", new UnitDetails("ACME", "MBP14")));
        Assert.Equal("C02[A-Z0-9]{3}", refused.Parameters[RefusalKeys.Pattern]);
        new UnitService(second).Intake("c02ab1", new UnitDetails("ACME", "MBP14"));
        Assert.Equal("MBP14", new UnitService(first).Require("C02AB1").ModelSku);

        new Catalog(second).SetSerialPattern("MBP14", null);
        Assert.Null(new Catalog(first).RequireModel("MBP14").SerialPattern);
        Assert.Equal(UnitState.Available, new UnitService(first).Intake("ZB001234X", new UnitDetails("ACME", "MBP14")).To);
    }

    [Theory]
    [MemberData(nameof(EngineNames))]
    public void A_re_import_is_recorded_and_the_log_lists_it_first_with_its_counts(string engine)
    {
        using var depot = DepotContext.Open(NewDepot(engine), "tester");
        new Catalog(depot).AddOwner("ACME", "Acme AB", 100);
        new Catalog(depot).AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        var file = Encoding.UTF8.GetBytes($"imei,model,owner\n{MakeImei(1)},IP15,ACME\n{MakeImei(2)},IP15,ACME\n");
        var units = ExchangeKinds.FindImport("units")!;

        units.Run(depot, ImportSource.FromBytes("stock.csv", file), new ImportOptions());
        units.Run(depot, ImportSource.FromBytes("stock.csv", file), new ImportOptions());

        var log = new ImportLog(depot).Recent();
        Assert.Equal([("stock.csv", 2L, 0L, 2L), ("stock.csv", 2L, 2L, 0L)], log.Select(r => (r.FileName, r.RowsRead, r.Applied, r.AlreadyApplied)));
    }

    /// <summary>A new, empty depot on <paramref name="engine"/>: a file in a temporary folder, or a database on the run's server.</summary>
    private string NewDepot(string engine)
    {
        Engines.Register();
        if (engine == "PostgreSQL")
        {
            var server = ThrowawayPostgres.Shared;
            var name = server.CreateDatabase("engines");
            _cleanUp.Add(() => server.DropDatabase(name));
            return server.Url(name);
        }

        var folder = Directory.CreateTempSubdirectory("depot-engines-").FullName;
        _cleanUp.Add(() => Directory.Delete(folder, recursive: true));
        return Path.Combine(folder, "depot.db");
    }

    private static string MakeImei(int n) => Imei.FromFourteen(string.Create(CultureInfo.InvariantCulture, $"35693803{n:D6}")).Value;

    public void Dispose()
    {
        foreach (var clean in _cleanUp)
        {
            clean();
        }
    }
}
