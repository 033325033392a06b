using System.Text;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

/// <summary>A depot in a temporary file with two owners and two models, and helpers to import CSV text.</summary>
internal sealed class ExchangeTestDepot : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"depot-exchange-test-{Guid.NewGuid():N}");

    public ExchangeTestDepot()
    {
        Directory.CreateDirectory(_folder);
        Clock = new ManualClock(Start, TimeZoneInfo.Utc);
        Context = DepotContext.Open(DatabasePath, "tester", Clock);
        var catalog = new Catalog(Context);
        catalog.AddOwner("NORDBANK", "Nordbank AB", 400);
        catalog.AddOwner("FJORDTEL", "Fjordtel AS", 250, policy: OwnerPolicy.User);
        catalog.AddModel("IP15-128", "iPhone 15 128GB", new Money(9495m, "SEK"));
        catalog.AddModel("SGA55-128", "Samsung Galaxy A55", new Money(449m, "EUR"));
        Support.TestPartners.AddTo(Context);
    }

    public string DatabasePath => Path.Combine(_folder, "depot.db");

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    /// <summary>A valid IMEI, different for each <paramref name="n"/>.</summary>
    public static string Imei(int n) => Depot.Core.Identifiers.Imei.FromFourteen($"3569380{n:D7}").Value;

    /// <summary>Imports <paramref name="csv"/> (UTF-8 unless bytes are given); returns the result and the rejects file's text.</summary>
    public (ImportResult Result, string Rejects) Import(string kind, string csv, ImportOptions? options = null) =>
        Import(kind, Encoding.UTF8.GetBytes(csv), options);

    public (ImportResult Result, string Rejects) Import(string kind, byte[] bytes, ImportOptions? options = null)
    {
        using var rejects = new MemoryStream();
        var result = ExchangeKinds.FindImport(kind)!.Run(Context, ImportSource.FromBytes($"{kind}.csv", bytes, rejects), options ?? new ImportOptions());
        return (result, Encoding.UTF8.GetString(rejects.ToArray()));
    }

    /// <summary>Exports <paramref name="kind"/> to text.</summary>
    public string Export(string kind, Depot.Core.Exchange.Export.ExportDialect dialect = default, Depot.Core.Exchange.Export.ExportFilter? filter = null)
    {
        using var buffer = new MemoryStream();
        ExchangeKinds.FindExport(kind)!.Run(Context, filter ?? new(), buffer, dialect, leaveOpen: true);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>How many rows the table of <typeparamref name="TRow"/> holds.</summary>
    public long Rows<TRow>()
        where TRow : class, IRow, new() => Context.Read(s => s.Table<TRow>().Count());

    /// <summary>Every row of <typeparamref name="TRow"/>, in id order.</summary>
    public List<TRow> All<TRow>()
        where TRow : class, IRow, new() => Context.Read(s => s.Table<TRow>().All().ToList());

    /// <summary>The units the unit counts hold, all owners, models and states together.</summary>
    public long CountedUnits() => Context.Read(s => UnitCounts.Read(s).Sum(c => c.Units));

    /// <summary>The repair order a unit was sent under.</summary>
    public string OrderOf(string imei)
    {
        var unitId = new UnitService(Context).Require(imei).Id;
        return Context.Read(s => s.Table<RepairOrderRow>().Find(RepairOrderRow.ByUnit, unitId).Single().OrderNo);
    }

    public void Dispose()
    {
        Context.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
