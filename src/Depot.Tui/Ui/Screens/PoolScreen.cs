using Depot.Core.Lifecycle;
using Depot.Core.Pool;
using Depot.Core.Storage;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>Every owner's swap pool and each model in it against the target, with a bar. Enter lists the units on the shelf.</summary>
internal sealed class PoolScreen : Screen
{
    private readonly TextPanel _legend;
    private readonly Table<PoolLevel> _table;
    private int _scale = 1;

    public PoolScreen(Bench bench)
        : base(bench)
    {
        _legend = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _legend.Set(new TextLine("Level: █ available  ▓ reserved  ▒ in repair  ░ short of target", Tone.Dim));
        _table = new Table<PoolLevel>(bench.Look,
            ("Pool", l => l.ModelSku is null ? l.OwnerCode : "  " + l.ModelSku),
            ("Avail", l => l.Available.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Resv", l => l.Reserved.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Repair", l => l.InRepair.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Target", l => l.Target.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Short", l => l.Shortfall.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Level", Bar))
        {
            X = 0,
            Y = 1,
            RowTone = l => l.ModelSku is null ? (l.Shortfall > 0 ? Tone.Warn : Tone.Heading) : Tone.Normal,
        };
        Add(_legend, _table);
    }

    public override string Heading => "Pool";

    public override bool IsMain => true;

    public IReadOnlyList<PoolLevel>? Levels { get; private set; }

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        .. _table.NavigationBindings(),
        new KeyBinding("Units", Chord.Enter, Open).DisabledWhen(_table.Selected is null, "no pool to open"),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    public override void FocusFirst() => _table.SetFocus();

    public override bool Follows(StoreChange change) => OfUnits(change);

    public override void Load()
    {
        if (Bench.Try(() => new PoolLevels(Bench.Depot).ForAllOwners()) is not { } levels)
        {
            return;
        }

        Levels = levels;
        _scale = Math.Max(1, levels.Count == 0 ? 1 : levels.Max(l => Math.Max(l.Target, l.Available + l.Reserved + l.InRepair)));
        _table.Rows = levels;
        if (levels.Count == 0)
        {
            _legend.Set(new TextLine("No owners yet (depot owner add).", Tone.Dim));
        }

        Changed();
    }

    private void Open()
    {
        var level = _table.Selected!;
        Bench.Open(new UnitListScreen(Bench, new UnitFilter(UnitState.Available, level.OwnerCode, level.ModelSku)));
    }

    private string Bar(PoolLevel l)
    {
        const int width = 24;
        int Cells(int n) => n <= 0 ? 0 : Math.Max(1, (int)Math.Round(n * (double)width / _scale));
        var available = Cells(l.Available);
        var reserved = Cells(l.Reserved);
        var repair = Cells(l.InRepair);
        var shortfall = Math.Max(0, Math.Min(Cells(l.Shortfall), width - available - reserved - repair));
        return new string('█', available) + new string('▓', reserved) + new string('▒', repair) + new string('░', shortfall);
    }
}
