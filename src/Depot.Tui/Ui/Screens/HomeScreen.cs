using Depot.Core.Dashboard;
using Depot.Core.Lifecycle;
using Depot.Core.Pool;
using Depot.Core.Reconciliation;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The depot at a glance: units per state and owners below target on the left; who waits longest,
/// what to follow up and today's receipts on the right. Enter opens the list behind a line.
/// </summary>
internal sealed class HomeScreen : Screen
{
    private const string BelowTarget = "Below pool target";
    private const string Waiting = "Waiting longest";
    private const string Follow = "To follow up";
    private const string Today = "Received today";

    private readonly TextPanel _left;
    private readonly TextPanel _right;
    private IReadOnlyList<StateCount> _counts = [];
    private IReadOnlyList<PoolLevel>? _below;
    private IReadOnlyList<Unit> _waiting = [];
    private DayReceipts? _receipts;
    private IReadOnlyList<OverdueReturnRow>? _overdue;
    private IReadOnlyList<CountSession>? _openCounts;
    private bool _loaded;
    private HomeFigures? _first;

    /// <param name="first">Figures already read for the first frame (read again on every later load).</param>
    public HomeScreen(Bench bench, HomeFigures? first = null)
        : base(bench)
    {
        _first = first;
        _left = new TextPanel(bench.Look) { X = 0, Y = 0, Width = 26 };
        _right = new TextPanel(bench.Look) { X = 27, Y = 0, Width = Dim.Fill() };
        Add(_left, _right);
    }

    public override string Heading => "Home";

    public override bool IsMain => true;

    public int Selection { get; private set; }

    public IReadOnlyList<HomeLine> Items { get; private set; } = [];

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("Up", [Chord.Up, Chord.Of('k')], () => Move(-1)) { Immediate = true, InStatusBar = false },
        new KeyBinding("Down", [Chord.Down, Chord.Of('j')], () => Move(1)) { Immediate = true, InStatusBar = false },
        new KeyBinding("Open", Chord.Enter, () => Bench.Open(Items[Selection].Opens())).DisabledWhen(Items.Count == 0, "nothing to open yet"),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    // The counts by state, the pool levels, the receipts and the overdue cases move with every unit and case.
    public override bool Follows(StoreChange change) => true;

    public override void Load()
    {
        // The figures read while the terminal was set up are the first frame's; every later load reads again.
        var figures = _first ?? Bench.Try(() => HomeFigures.Read(Bench.Depot));
        _first = null;
        if (figures is null)
        {
            return;
        }

        (_counts, _waiting) = (figures.Counts, figures.Waiting);
        _loaded = true;
        Build();

        // Read once the counts are on screen (until then their lines show "…", and on a refresh the
        // figures before it): the pool shortfalls read every unit counter of the depot, the receipts
        // every receipt of the day, the overdue cases every open swap case and its calendar.
        Bench.Later(() =>
        {
            if (Bench.Try(() =>
            {
                _below = HomeFigures.BelowTarget(Bench.Depot);
                Cli.StartupTrace.Mark("home: pool levels");
                _receipts = HomeFigures.Receipts(Bench.Depot);
                Cli.StartupTrace.Mark("home: receipts today");
                _overdue = new OverdueReturns(Bench.Depot).StillOut();
                _openCounts = new CountService(Bench.Depot).Sessions(openOnly: true);
            }))
            {
                Build();
            }
        });
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        base.OnSubViewLayout(args);
        Draw();
    }

    private void Move(int delta)
    {
        Selection = Items.Count == 0 ? 0 : Math.Clamp(Selection + delta, 0, Items.Count - 1);
        Draw();
    }

    private void Build()
    {
        var lines = new List<HomeLine>();
        foreach (var count in _counts)
        {
            lines.Add(new HomeLine(0, "Units by state", $"{count.State,-17}{count.Count,7}", () => new UnitListScreen(Bench, new UnitFilter(count.State))));
        }

        if (_below is null)
        {
            lines.Add(new HomeLine(0, BelowTarget, "reading …", () => new PoolScreen(Bench)));
        }

        foreach (var level in _below ?? [])
        {
            lines.Add(new HomeLine(0, BelowTarget, $"{level.OwnerCode,-10} short {level.Shortfall,3} of {level.Target}",
                () => new UnitListScreen(Bench, new UnitFilter(UnitState.Available, level.OwnerCode))));
        }

        foreach (var unit in _waiting)
        {
            lines.Add(new HomeLine(1, Waiting, $"{unit.State,-16} {Bench.Time.Instant(unit.StateSince)} {unit.Identifier}",
                () => UnitScreen.Showing(Bench, unit.Identifier.Value)));
        }

        // Follow-ups come before the receipts, so a busy day's receipts never push them off the screen.
        if (_overdue is null || _openCounts is null)
        {
            lines.Add(new HomeLine(1, Follow, "Overdue cases         …", () => new CasesScreen(Bench) { OverdueOnly = true }));
            lines.Add(new HomeLine(1, Follow, "Open count sessions   …", () => new CountsScreen(Bench)));
        }
        else
        {
            lines.Add(new HomeLine(1, Follow, $"Overdue cases     {_overdue.Count,5}{(_overdue.Count > 0 ? " !" : "")}", () => new CasesScreen(Bench) { OverdueOnly = true })
            {
                Tone = _overdue.Count > 0 ? Tone.Bad : Tone.Normal,
            });
            lines.Add(new HomeLine(1, Follow, $"Open count sessions {_openCounts.Count,3}", () => new CountsScreen(Bench))
            {
                Tone = _openCounts.Count > 0 ? Tone.Warn : Tone.Normal,
            });
        }

        lines.Add(new HomeLine(1, Today, $"{(_receipts is null ? "…" : _receipts.Total)} today; Enter lists all Received", () => new UnitListScreen(Bench, new UnitFilter(UnitState.Received))));
        // A busy dock receives thousands a day: the latest are listed, the first line opens them all.
        foreach (var receipt in _receipts?.Latest ?? [])
        {
            lines.Add(new HomeLine(1, Today, $"{Bench.Time.Instant(receipt.At)} {receipt.Identifier} {receipt.To} {receipt.CaseTicket}",
                () => UnitScreen.Showing(Bench, receipt.Identifier)));
        }

        Items = lines;
        Selection = Math.Clamp(Selection, 0, Math.Max(0, lines.Count - 1));
        Draw();
        Changed();
    }

    private void Draw()
    {
        if (!_loaded)
        {
            _left.Set(new TextLine("Reading the depot…", Tone.Dim));
            return;
        }

        _left.Lines = Column(0, int.MaxValue);
        _right.Lines = Column(1, Math.Max(4, Frame.Height));
    }

    /// <summary>The lines of one column, scrolled so the selected line shows; receipts come last, so they are what scrolls.</summary>
    private List<TextLine> Column(int column, int rows)
    {
        var lines = new List<TextLine>();
        var selected = -1;
        string? section = null;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Column != column)
            {
                continue;
            }

            if (item.Section != section)
            {
                section = item.Section;
                lines.Add(new TextLine(section, Tone.Heading));
            }

            if (i == Selection)
            {
                selected = lines.Count;
            }

            lines.Add(new TextLine(item.Text, i == Selection ? Tone.Selected : item.Tone));
        }

        if (column == 0 && _counts.Count == 0)
        {
            lines.Insert(0, new TextLine("Units by state", Tone.Heading));
            lines.Insert(1, new TextLine("no units yet", Tone.Dim));
        }

        if (column == 0 && !Items.Any(i => i.Section == BelowTarget))
        {
            lines.Add(new TextLine(BelowTarget, Tone.Heading));
            lines.Add(new TextLine("every pool at or above target", Tone.Dim));
        }

        var first = selected >= rows ? selected - rows + 1 : 0;
        return lines.Skip(first).Take(rows).ToList();
    }
}
