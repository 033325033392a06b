using Depot.Core.Dashboard;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The repair board: units awaiting approval, awaiting repair, at a partner or in quality check.
/// Only the lifecycle's permitted triggers for the selected unit are enabled, a disabled key says
/// why, and every action asks first, saying what it will charge or where the unit goes
/// (<see cref="RepairActions"/>).
/// </summary>
internal sealed class RepairsScreen : Screen
{
    private readonly TextPanel _top;
    private readonly TextField _filter;
    private readonly Table<RepairBoardLine> _table;
    private readonly RepairActions _actions;
    private IReadOnlyList<RepairBoardLine> _lines = [];

    public RepairsScreen(Bench bench)
        : base(bench)
    {
        _actions = new RepairActions(bench, Load);
        _top = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _filter = new TextField { X = 9, Y = 0, Width = 30, Visible = false };
        _filter.TextChanged += (_, _) => Apply();
        _table = new Table<RepairBoardLine>(bench.Look,
            ("Identifier", l => l.Unit.Identifier.Value),
            ("State", l => l.Unit.State.ToString()),
            ("Since", l => bench.Time.Instant(l.Unit.StateSince)),
            ("Partner", l => l.Partner ?? "-"),
            ("Owner", l => l.Unit.OwnerCode ?? "?"),
            ("Model", l => l.Unit.ModelSku ?? "?"))
        {
            X = 0,
            Y = 1,
        };
        Add(_top, _filter, _table);
    }

    public override string Heading => "Repairs";

    public override bool IsMain => true;

    public bool Filtering => _filter.HasFocus;

    public string FilterText => _filter.Text.Trim();

    /// <summary>The lines the filter lets through.</summary>
    public IReadOnlyList<RepairBoardLine> Shown => _table.Rows;

    public RepairBoardLine? Selected => _table.Selected;

    public Table<RepairBoardLine> Board => _table;

    public override IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (Filtering)
            {
                return
                [
                    new KeyBinding("Keep filter", Chord.Enter, () => _table.SetFocus()),
                    new KeyBinding("Clear filter", Chord.Escape, ClearFilter),
                    .. _table.NavigationBindings(letters: false),
                ];
            }

            var unit = Selected?.Unit;
            return
            [
                .. _table.NavigationBindings(),
                Action("To partner", 's', Trigger.SendToPartner, () => _actions.SendToPartner(unit!)),
                Action("Result", 'r', Trigger.PartnerResult, () => _actions.PartnerResult(unit!)),
                Action("Approve", 'a', Trigger.Approve, () => _actions.Approve(unit!)),
                Action("Decline", 'd', Trigger.Decline, () => _actions.Decline(unit!)),
                Action("Pass QC", 'p', Trigger.PassQc, () => _actions.PassQc(unit!)),
                Action("Fail QC", 'f', Trigger.FailQc, () => _actions.FailQc(unit!)),
                new KeyBinding("Filter", Chord.Of('/'), StartFilter),
                new KeyBinding("Unit", Chord.Enter, () => Bench.Open(UnitScreen.Showing(Bench, unit!.Identifier.Value))) { InStatusBar = false }
                    .DisabledWhen(unit is null, "no unit selected"),
                new KeyBinding("Refresh", Chord.Control('r'), Load) { InStatusBar = false },
            ];
        }
    }

    public override void FocusFirst() => _table.SetFocus();

    public override void Escape()
    {
        if (FilterText.Length > 0)
        {
            ClearFilter();
            return;
        }

        Bench.Back();
    }

    public override bool Follows(StoreChange change) => OfUnits(change);

    public override void Load()
    {
        if (Bench.Try(() => new DepotDashboard(Bench.Depot).RepairBoard()) is { } lines)
        {
            _lines = lines;
            Apply();
        }
    }

    private KeyBinding Action(string label, char key, Trigger trigger, Action run)
    {
        var binding = new KeyBinding(label, Chord.Of(key), run);
        return Selected is not { } line
            ? binding with { DisabledBecause = "no unit selected" }
            : binding.DisabledWhen(!line.Unit.PermittedTriggers.Contains(trigger), UnitScreen.Why(line.Unit.State, trigger));
    }

    private void StartFilter()
    {
        _filter.Visible = true;
        _filter.SetFocus();
        Apply();
    }

    private void ClearFilter()
    {
        _filter.Text = "";
        _filter.Visible = false;
        _table.SetFocus();
        Apply();
    }

    private void Apply()
    {
        var text = FilterText;
        var visible = text.Length == 0 ? _lines
            : _lines.Where(l => new[] { l.Unit.Identifier.Value, l.Unit.OwnerCode, l.Unit.ModelSku, l.Unit.State.ToString(), l.Partner }
                .Any(f => f?.Contains(text, StringComparison.OrdinalIgnoreCase) == true)).ToList();
        _table.Rows = visible;
        var summary = _lines.Count == 0 ? "Nothing on the repair board."
            : visible.Count == 0 ? "Nothing matches the filter."
            : $"{visible.Count} of {_lines.Count} unit(s), longest waiting first";
        _top.Set(_filter.Visible ? TextLine.Of(("Filter /", Tone.Heading), ("", Tone.Normal)) : new TextLine(summary, Tone.Dim));
        if (_filter.Visible)
        {
            _top.Set(TextLine.Of(("Filter / ", Tone.Heading), (new string(' ', 32) + summary, Tone.Dim)));
        }

        Changed();
    }
}
