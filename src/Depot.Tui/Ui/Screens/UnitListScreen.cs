using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>The units behind a number (a state, an owner's pool), longest in their state first; Enter opens one.</summary>
internal sealed class UnitListScreen : Screen
{
    private readonly TextPanel _summary;
    private readonly Table<Unit> _table;

    public UnitListScreen(Bench bench, UnitFilter filter)
        : base(bench)
    {
        Filter = filter;
        _summary = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _table = new Table<Unit>(bench.Look,
            ("Identifier", u => u.Identifier.Value),
            ("State", u => u.State.ToString()),
            ("Since", u => bench.Time.Instant(u.StateSince)),
            ("Owner", u => u.OwnerCode ?? "?"),
            ("Model", u => u.ModelSku ?? "?"),
            ("Grade", u => u.Grade ?? "-"),
            ("Bin", u => u.Bin ?? "-"))
        {
            X = 0,
            Y = 1,
        };
        Add(_summary, _table);
    }

    public UnitFilter Filter { get; }

    public IReadOnlyList<Unit>? Units { get; private set; }

    public override string Heading => "Units " + string.Join(" ", new[] { Filter.State?.ToString(), Filter.OwnerCode, Filter.ModelSku }.Where(p => p is not null));

    public Table<Unit> List => _table;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        .. _table.NavigationBindings(),
        new KeyBinding("Open unit", Chord.Enter, () => Bench.Open(UnitScreen.Showing(Bench, _table.Selected!.Identifier.Value)))
            .DisabledWhen(_table.Selected is null, "no unit in this list"),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    public override void FocusFirst() => _table.SetFocus();

    public override void Load()
    {
        if (Bench.Try(() => new UnitService(Bench.Depot).List(Filter)) is not { } units)
        {
            return;
        }

        Units = units;
        _table.Rows = units;
        _summary.Set(new TextLine(units.Count == 0 ? "No units." : $"{units.Count} unit(s){(units.Count >= Filter.Limit ? $" (the first {Filter.Limit})" : "")}, longest in their state first", Tone.Dim));
        Changed();
    }
}
