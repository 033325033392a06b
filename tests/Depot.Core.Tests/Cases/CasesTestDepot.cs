using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Integrity;
using Depot.Core.Owners;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Cases;

/// <summary>
/// A temporary depot for case, calendar, pool, reconciliation and report tests: a clock standing
/// at a fixed Stockholm time, two owners, two models, and helpers to move the clock in local time.
/// </summary>
public sealed class CasesTestDepot : IDisposable
{
    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"depot-cases-test-{Guid.NewGuid():N}.db");

    public CasesTestDepot(string start = "2026-11-16 09:00")
    {
        Clock = new ManualClock(Local(start), Stockholm);
        Context = DepotContext.Open(_path, "tester", Clock);
        var catalog = new Catalog(Context);
        catalog.AddOwner("NORDBANK", "Nordbank AB", 100, 8m);
        catalog.AddOwner("FJORDTEL", "Fjordtel AS", 50, 10m);
        catalog.AddModel("IP15-128", "iPhone 15 128GB", new Money(9495m, "SEK"));
        catalog.AddModel("SGA55-128", "Samsung Galaxy A55 128GB", new Money(449m, "EUR"));
        Support.TestPartners.AddTo(Context);
        Units = new UnitService(Context);
    }

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    public UnitService Units { get; }

    /// <summary>A Stockholm wall-clock time ("2026-11-20 13:59") as an instant.</summary>
    public static DateTimeOffset Local(string text)
    {
        var local = DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Stockholm.GetUtcOffset(local));
    }

    public void At(string localTime) => Clock.Set(Local(localTime));

    /// <summary>Puts a pool unit on the shelf.</summary>
    public string Stock(string imei, string owner = "NORDBANK", string model = "IP15-128", string? bin = "A-01")
    {
        Units.Intake(imei, new UnitDetails(owner, model, "A", bin));
        return imei;
    }

    /// <summary>Asserts that every unit's state is the fold of its events.</summary>
    public void AssertConsistent() => Assert.Empty(new IntegrityCheck(Context).Run());

    public void Dispose()
    {
        Context.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + ".lite", _path + "-log.lite" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Valid IMEIs (Luhn) for fixtures.</summary>
    public static string Imei(int n)
    {
        var body = $"35000000{n:D6}";
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = body[i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return body + (10 - sum % 10) % 10;
    }
}
