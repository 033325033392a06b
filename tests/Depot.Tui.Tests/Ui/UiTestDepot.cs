using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Time;
using Depot.Core.Units;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Terminal;

namespace Depot.Tui.Tests.Ui;

/// <summary>
/// A small depot in a temp file, at a fixed instant, with the UI's outer loop around it: owner ACME,
/// model IP15, and five cases SR-1..SR-5 each announcing one IMEI (<see cref="Announced"/>).
/// </summary>
internal sealed class UiTestDepot : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"depot-ui-{Guid.NewGuid():N}.db");

    public UiTestDepot()
    {
        Clock = new ManualClock(Start, TimeZoneInfo.Utc);
        Context = DepotContext.Open(_path, "tester", Clock);
        var catalog = new Catalog(Context);
        catalog.AddOwner("ACME", "Acme AB", 100);
        catalog.AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        var cases = new CaseService(Context);
        var units = new UnitService(Context);
        for (var i = 1; i <= 5; i++)
        {
            cases.Open($"SR-{i}", "ACME", CaseKind.Swap, new CaseDetails(Customer: "Ann", Fault: $"screen cracked {i}"));
            units.Announce(Announced(i), $"SR-{i}", "IP15");
        }

        Loop = new BenchLoop(Context, new NoKeys(), new RecordingTerminal(80, 24));
    }

    public ManualClock Clock { get; }

    public DepotContext Context { get; }

    public UnitService Units => new(Context);

    public BenchLoop Loop { get; }

    /// <summary>The IMEI case SR-<paramref name="i"/> announced.</summary>
    public static string Announced(int i) => Imeis.Make(i);

    /// <summary>The UI opened on <paramref name="screen"/> with its data loaded.</summary>
    /// <summary>Opens a screen as the loop does: its loads, the first frame, then the reads held back for after it.</summary>
    public AppState Open(IScreen screen) => Loop.RunAfterFrame(Loop.Start(AppState.Open(screen, "tester", _path)));

    public AppState Press(AppState state, params IEnumerable<ConsoleKeyInfo>[] keys)
    {
        foreach (var key in keys.SelectMany(k => k))
        {
            state = Loop.RunAfterFrame(Loop.Press(state, key));
        }

        return state;
    }

    public AppState Press(AppState state, params ConsoleKeyInfo[] keys) => Press(state, (IEnumerable<ConsoleKeyInfo>)keys);

    public static string Render(AppState state, int width = 80, int height = 24) =>
        FrameRenderer.ToText(AppView.View(state, width, height), width, height);

    public void Dispose()
    {
        Context.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    private sealed class NoKeys : Depot.Tui.Ui.Input.IKeySource
    {
        public bool TryTake(TimeSpan timeout, out ConsoleKeyInfo key)
        {
            key = default;
            return false;
        }
    }
}
