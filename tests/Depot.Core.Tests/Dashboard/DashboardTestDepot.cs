using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Dashboard;

/// <summary>A temp depot at a fixed instant in a fixed zone (UTC+1): owner ACME, model IP15, case SR-1 announcing <see cref="Announced"/>.</summary>
internal sealed class DashboardTestDepot : IDisposable
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("Depot+1", TimeSpan.FromHours(1), "Depot+1", "Depot+1");

    public const string Announced = "356938035643809";
    public const string Other = "490154203237518";
    public const string Stranger = "352985109006029";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"depot-dash-{Guid.NewGuid():N}.db");

    public DashboardTestDepot()
    {
        Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), Zone);
        Context = DepotContext.Open(_path, "tester", Clock);
        new Catalog(Context).AddOwner("ACME", "Acme AB", 100);
        new Catalog(Context).AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        Support.TestPartners.AddTo(Context);
        new CaseService(Context).Open("SR-1", "ACME", CaseKind.Swap, new CaseDetails(Fault: "no sound"));
        Units.Announce(Announced, "SR-1", "IP15");
    }

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    public UnitService Units => new(Context);

    public void Dispose()
    {
        Context.Dispose();
        // The depot file and whatever the engine keeps beside it (journal, lock file).
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }
}
