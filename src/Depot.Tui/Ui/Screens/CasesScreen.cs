using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The service cases, overdue first, with units, dates, charges and status; overdue cases stand out
/// (a colour, and a "!" that shows without colour too). <c>/</c> filters, <c>o</c> keeps only the
/// overdue ones, Enter opens a case, <c>n</c> opens a new one. A charge with "~" is what an overdue
/// return will cost, not yet in the ledger.
/// </summary>
internal sealed class CasesScreen : Screen
{
    private readonly TextPanel _top;
    private readonly TextField _filter;
    private readonly Table<CaseOverview> _table;
    private IReadOnlyList<CaseOverview>? _cases;

    public CasesScreen(Bench bench)
        : base(bench)
    {
        _top = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _filter = new TextField { X = 9, Y = 0, Width = 24, Visible = false };
        _filter.TextChanged += (_, _) => Apply();
        _table = new Table<CaseOverview>(bench.Look,
            ("Ticket", c => c.Case.Ticket),
            ("Owner", c => c.Case.OwnerCode),
            ("Kind", c => c.Case.Kind.ToString().ToLowerInvariant()),
            ("Customer", c => c.Case.Details.Customer ?? "-"),
            ("Shipped", c => DepotTime.Date(c.Case.ShipDate)),
            ("Due", c => DepotTime.Date(c.Case.DueDate)),
            ("Charges", Charges),
            ("Status", c => Status(c)))
        {
            X = 0,
            Y = 1,
            RowTone = c => c.IsOverdue ? Tone.Bad : c.Status == CaseStatus.Closed ? Tone.Dim : Tone.Normal,
            Optional = ["Kind", "Shipped"],
        };
        Add(_top, _filter, _table);
    }

    public override string Heading => "Cases";

    public override bool IsMain => true;

    public bool OverdueOnly { get; set; }

    public IReadOnlyList<CaseOverview>? Cases => _cases;

    public IReadOnlyList<CaseOverview> Shown => _table.Rows;

    public CaseOverview? Selected => _table.Selected;

    public bool Filtering => _filter.HasFocus;

    public override IReadOnlyList<KeyBinding> Bindings => Filtering
        ?
        [
            new KeyBinding("Keep filter", Chord.Enter, () => _table.SetFocus()),
            new KeyBinding("Clear filter", Chord.Escape, ClearFilter),
            .. _table.NavigationBindings(letters: false),
        ]
        :
        [
            .. _table.NavigationBindings(),
            new KeyBinding("Open case", Chord.Enter, () => Bench.Open(new CaseScreen(Bench, Selected!.Case.Ticket))).DisabledWhen(Selected is null, "no case selected"),
            new KeyBinding("Filter", Chord.Of('/'), StartFilter),
            new KeyBinding(OverdueOnly ? "All cases" : "Overdue only", Chord.Of('o'), () =>
            {
                OverdueOnly = !OverdueOnly;
                Apply();
                _table.SelectedIndex = 0;
            }),
            new KeyBinding("New case", Chord.Of('n'), () => Bench.Open(new CaseFormScreen(Bench))),
            new KeyBinding("Refresh", Chord.Of('r'), Load) { InStatusBar = false },
        ];

    public override void FocusFirst() => _table.SetFocus();

    public override void Escape()
    {
        if (_filter.Text.Trim().Length > 0)
        {
            ClearFilter();
            return;
        }

        Bench.Back();
    }

    public override void Load()
    {
        if (Bench.Try(() => new CaseService(Bench.Depot).List()) is { } cases)
        {
            _cases = cases;
            Apply();
        }
    }

    /// <summary>"!" marks an overdue case, so it shows without colour.</summary>
    public static string Status(CaseOverview c) => c.IsOverdue ? $"! Overdue {c.WorkingDaysLate}d" : c.Status.ToString();

    public static string Charges(CaseOverview c) =>
        c.Charges.Count > 0 ? ChargeLedger.Total(c.Charges) : c.PendingCharge is { } pending ? $"~{pending}" : "-";

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
        if (_cases is null)
        {
            _top.Set(new TextLine("Reading…", Tone.Dim));
            return;
        }

        var text = _filter.Text.Trim();
        var visible = _cases.Where(c => (!OverdueOnly || c.IsOverdue) && (text.Length == 0 || Matches(c, text))).ToList();
        _table.Rows = visible;
        var overdue = _cases.Count(c => c.IsOverdue);
        var summary = TextLine.Of(
            ($"{visible.Count} of {_cases.Count} case(s){(OverdueOnly ? ", overdue only" : "")}", Tone.Normal),
            (overdue > 0 ? $"  ! {overdue} overdue" : "", Tone.Bad),
            (visible.Count == 0 ? (OverdueOnly && text.Length == 0 ? "  No case is overdue." : "  No case matches.") : "", Tone.Dim));
        _top.Set(_filter.Visible ? TextLine.Join(TextLine.Of(("Filter / ", Tone.Heading), (new string(' ', 26), Tone.Normal)).Spans.Concat(summary.Spans)) : summary);
        Changed();
    }

    private static bool Matches(CaseOverview c, string text) =>
        new[] { c.Case.Ticket, c.Case.OwnerCode, c.Case.Kind.ToString(), c.Case.Details.Customer, c.Status.ToString() }
            .Concat(c.Units.Select(u => u.Identifier))
            .Any(f => f?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);
}
