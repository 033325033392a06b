using System.Text.Json;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Support;

/// <summary>A fresh depot in a temporary file with a standing clock, two owners and two models.</summary>
public sealed class TestDepot : IDisposable
{
    public const string PoolOwner = "ACME";
    public const string UserOwner = "FJORD";
    public const string Model = "IP15";
    public const string OtherModel = "SGA55";

    public TestDepot(string operatorName = "tester", bool partners = true)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "depot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "depot.db");
        Clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Context = DepotContext.Open(Path, operatorName, Clock);
        var catalog = new Catalog(Context);
        catalog.AddOwner(PoolOwner, "Acme AB", 400);
        catalog.AddOwner(UserOwner, "Fjordtel AS", 100, policy: OwnerPolicy.User);
        catalog.AddModel(Model, "iPhone 15", new Money(9495m, "SEK"));
        catalog.AddModel(OtherModel, "Galaxy A55", new Money(449m, "EUR"));
        if (partners)
        {
            TestPartners.AddTo(Context);
        }
        Units = new UnitService(Context);
        Cases = new CaseService(Context);
    }

    public string Directory { get; }

    public string Path { get; }

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    public UnitService Units { get; }

    public CaseService Cases { get; }

    /// <summary>Another connection to the same file, as a second bench would have.</summary>
    public DepotContext SecondBench(string operatorName = "second") => DepotContext.Open(Path, operatorName, Clock);

    /// <summary>Every row of units, identifiers, cases, case links, repair orders, charges and events, and the unit counters, as text, to prove nothing changed.</summary>
    public string Snapshot() => Context.Read(s =>
    {
        var text = new System.Text.StringBuilder();
        void Rows<TRow>(string table) where TRow : class, IRow, new()
        {
            foreach (var row in s.Table<TRow>().All())
            {
                text.Append(table).Append(':').AppendLine(JsonSerializer.Serialize(row));
            }
        }

        Rows<UnitRow>("units");
        Rows<UnitIdentifierRow>("unit_identifiers");
        Rows<CaseRow>("cases");
        Rows<CaseUnitRow>("case_units");
        Rows<RepairOrderRow>("repair_orders");
        Rows<ChargeRow>("charges");
        Rows<EventRow>("events");
        foreach (var counter in s.Counters(UnitCounts.Prefix))
        {
            text.Append("counter:").Append(counter.Key).Append('=').Append(counter.Value).AppendLine();
        }

        return text.ToString();
    });

    public void Dispose()
    {
        Context.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
