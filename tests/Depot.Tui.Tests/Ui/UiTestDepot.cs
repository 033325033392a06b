using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Time;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Tests.Ui;

/// <summary>
/// A small depot in a temp file, at a fixed instant: owner ACME, model IP15, and five cases
/// SR-1..SR-5 each announcing one IMEI (<see cref="Announced"/>). <see cref="Open"/> puts the UI on it.
/// </summary>
internal sealed class UiTestDepot : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"depot-ui-{Guid.NewGuid():N}.db");
    private readonly List<UiSession> _sessions = [];

    public UiTestDepot()
    {
        Clock = new ManualClock(Start, TimeZoneInfo.Utc);
        Context = DepotContext.Open(_path, "tester", Clock);
        new Depot.Core.Calendar.DepotSettings(Context).Set("time_zone", "UTC");
        var catalog = new Catalog(Context);
        catalog.AddOwner("ACME", "Acme AB", 100);
        catalog.AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        foreach (var partner in new[] { "BOARDLAB", "FIXIT", "NORDREP" })
        {
            new Depot.Core.Partners.PartnerCatalog(Context).Add(partner, $"{partner} repairs");
        }
        var cases = new CaseService(Context);
        var units = new UnitService(Context);
        for (var i = 1; i <= 5; i++)
        {
            cases.Open($"SR-{i}", "ACME", CaseKind.Swap, new CaseDetails(Customer: "Ann", Fault: $"screen cracked {i}"));
            units.Announce(Announced(i), $"SR-{i}", "IP15");
        }
    }

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    public string DatabasePath => _path;

    public UnitService Units => new(Context);

    /// <summary>The IMEI case SR-<paramref name="i"/> announced.</summary>
    public static string Announced(int i) => Imeis.Make(i);

    /// <summary>The UI opened on the screen <paramref name="first"/> makes, at <paramref name="width"/> x <paramref name="height"/>.</summary>
    public UiSession Open(Func<Bench, Screen> first, int width = 80, int height = 24, Look? look = null)
    {
        var session = new UiSession(Context, first, width, height, look);
        _sessions.Add(session);
        return session;
    }

    public void Dispose()
    {
        foreach (var session in _sessions)
        {
            session.Dispose();
        }

        Context.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_path + suffix);
            }
            catch (IOException)
            {
                // Still open by a pooled connection: the temp folder is cleaned by the system.
            }
        }
    }
}
