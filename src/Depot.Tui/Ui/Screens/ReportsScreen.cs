using System.Globalization;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The quality report of one owner (←/→ picks the owner): cases per month as bars, the selected
/// month's outcome rates and median turnaround; <c>t</c> switches to the late returns and what
/// each will cost; <c>b</c> to the owner's billing basis of a month (<c>[</c>/<c>]</c> pick it);
/// <c>e</c> to the depot's repeat repairs per partner and per model, over every month or one.
/// </summary>
internal sealed partial class ReportsScreen : Screen
{
    private const int BarWidth = 20;

    private readonly TextPanel _owners;
    private readonly Table<QualityReportRow> _months;
    private readonly TextPanel _breakdown;
    private readonly TextPanel _returnsSummary;
    private readonly Table<OverdueReturnRow> _returns;
    private int _scale = 1;

    public ReportsScreen(Bench bench)
        : base(bench)
    {
        _owners = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _months = new Table<QualityReportRow>(bench.Look,
            ("Month", r => r.Month),
            ("Cases opened per month", r => new string('█', (int)Math.Round((double)r.CasesOpened / _scale * BarWidth)).PadRight(BarWidth, '·')),
            ("Cases", r => r.CasesOpened.ToString(CultureInfo.InvariantCulture)))
        {
            X = 0,
            Y = 1,
            Width = 38,
        };
        _months.Style.ExpandLastColumn = false;
        _months.ValueChanged += (_, _) => DrawBreakdown();
        _breakdown = new TextPanel(bench.Look) { X = 39, Y = 1, Width = Dim.Fill() };
        _returnsSummary = new TextPanel(bench.Look) { X = 0, Y = 1, Height = 1, Visible = false };
        _returns = new Table<OverdueReturnRow>(bench.Look,
            ("Ticket", r => r.Ticket),
            ("Customer", r => r.Customer ?? "-"),
            ("Shipped", r => DepotTime.Date(r.Shipped)),
            ("Due", r => DepotTime.Date(r.Due)),
            ("Working days late", r => r.WorkingDaysLate.ToString(CultureInfo.InvariantCulture)),
            ("Cost", r => $"{r.Charge.ToString("0.00", CultureInfo.InvariantCulture)} {r.Currency}"),
            ("", r => r.Received ? "came back late" : "! out"),
            ("Unit due", r => r.ImeiDue ?? "-"))
        {
            X = 0,
            Y = 2,
            Visible = false,
            RowTone = r => r.Received ? Tone.Dim : Tone.Bad,
            Optional = ["Shipped", "Unit due"],
        };
        Add(_owners, _months, _breakdown, _returnsSummary, _returns);
        (_billingHeading, _billingLines, _billingTotals) = BillingViews(bench);
        Add(_billingHeading, _billingLines, _billingTotals);
        (_repeatHeading, _repeatLines, _repeatTotals) = RepeatViews(bench);
        Add(_repeatHeading, _repeatLines, _repeatTotals);
    }

    public override string Heading => "Reports";

    public override bool IsMain => true;

    public IReadOnlyList<string> Owners { get; private set; } = [];

    public string? Owner { get; private set; }

    public IReadOnlyList<QualityReportRow>? Rows { get; private set; }

    public IReadOnlyList<OverdueReturnRow> Overdue { get; private set; } = [];

    /// <summary>Which of the reports shows.</summary>
    public ReportView View { get; private set; }

    public bool ShowingReturns => View == ReportView.LateReturns;

    public QualityReportRow? Month => View == ReportView.Quality ? _months.Selected : null;

    public Table<QualityReportRow> Months => _months;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("Owner", [Chord.Left, Chord.Of('h')], () => Read(Next(-1))) { InStatusBar = View != ReportView.RepeatRepairs }
            .DisabledWhen(View == ReportView.RepeatRepairs, RepeatsForEveryOwner).DisabledWhen(Owners.Count < 2, "only one owner"),
        new KeyBinding("Next owner", [Chord.Right, Chord.Of('l')], () => Read(Next(1))) { InStatusBar = false }
            .DisabledWhen(View == ReportView.RepeatRepairs, RepeatsForEveryOwner).DisabledWhen(Owners.Count < 2, "only one owner"),
        .. View switch
        {
            ReportView.LateReturns => _returns.NavigationBindings(),
            ReportView.Billing => [.. BillingBindings()],
            ReportView.RepeatRepairs => [.. RepeatBindings()],
            _ => _months.NavigationBindings(),
        },
        Toggle("Late returns", 't', ReportView.LateReturns),
        Toggle("Billing", 'b', ReportView.Billing),
        Toggle("Repeats", 'e', ReportView.RepeatRepairs),
        .. View == ReportView.RepeatRepairs ? [AllMonths()] : Array.Empty<KeyBinding>(),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    private const string RepeatsForEveryOwner = "the repeat repairs are the whole depot's, not one owner's";

    // A view's key shows it, and pressed again goes back to the quality report.
    private KeyBinding Toggle(string label, char key, ReportView view) =>
        View == view ? new KeyBinding("Quality", Chord.Of(key), () => Show(ReportView.Quality)) : new KeyBinding(label, Chord.Of(key), () => Show(view));

    public override void FocusFirst()
    {
        switch (View)
        {
            case ReportView.LateReturns:
                _returns.SetFocus();
                break;
            case ReportView.Billing:
                _billingLines.SetFocus();
                break;
            case ReportView.RepeatRepairs:
                _repeatLines.SetFocus();
                break;
            default:
                _months.SetFocus();
                break;
        }
    }

    public override void Load() => Read(Owner);

    private string Next(int delta)
    {
        var at = Owner is null ? 0 : Math.Max(0, Owners.ToList().IndexOf(Owner));
        return Owners[(at + delta + Owners.Count) % Owners.Count];
    }

    private void Show(ReportView view)
    {
        View = view;
        _months.Visible = view == ReportView.Quality;
        _breakdown.Visible = view == ReportView.Quality;
        _returns.Visible = view == ReportView.LateReturns;
        _returnsSummary.Visible = view == ReportView.LateReturns;
        _billingHeading.Visible = view == ReportView.Billing;
        _billingLines.Visible = view == ReportView.Billing;
        _billingTotals.Visible = view == ReportView.Billing;
        _owners.Visible = view != ReportView.RepeatRepairs;
        _repeatHeading.Visible = view == ReportView.RepeatRepairs;
        _repeatLines.Visible = view == ReportView.RepeatRepairs;
        _repeatTotals.Visible = view == ReportView.RepeatRepairs;
        if (view == ReportView.Billing)
        {
            ReadBilling();
        }

        if (view == ReportView.RepeatRepairs)
        {
            ReadRepeats();
        }

        FocusFirst();
        Changed();
    }

    private void Read(string? owner)
    {
        var fresh = false;
        var read = Bench.Try(() =>
        {
            var owners = new Catalog(Bench.Depot).ListOwners().Select(o => o.Code).ToList();
            var pick = owner ?? owners.FirstOrDefault();
            IReadOnlyList<QualityReportRow> rows = pick is null ? [] : new QualityReport(Bench.Depot).Rows(pick);
            IReadOnlyList<OverdueReturnRow> overdue = pick is null ? [] : new OverdueReturns(Bench.Depot).List(pick);
            fresh = pick != Owner;
            (Owners, Owner, Rows, Overdue) = (owners, pick, rows, overdue);
        });
        if (!read || Rows is null)
        {
            return;
        }

        _scale = Math.Max(1, Rows.Count == 0 ? 1 : Rows.Max(r => r.CasesOpened));
        _months.Rows = Rows;
        _returns.Rows = Overdue;
        if (fresh)
        {
            // A new owner starts at the latest month and the latest return.
            _months.SelectedIndex = Rows.Count - 1;
            _returns.SelectedIndex = 0;
        }

        _owners.Lines = Owner is null
            ? [new TextLine("No owners yet (depot owner add).", Tone.Dim)]
            : [TextLine.Join(Owners.SelectMany(o => new[] { (o, o == Owner ? Tone.Selected : Tone.Normal), (" ", Tone.Normal) })
                .Prepend(("Owner ", Tone.Heading)).Append(("  ←/→ another owner", Tone.Dim)))];
        var total = string.Join(" + ", Overdue.Where(r => !r.Received).GroupBy(r => r.Currency)
            .Select(g => $"{g.Sum(r => r.Charge).ToString("0.00", CultureInfo.InvariantCulture)} {g.Key}").DefaultIfEmpty("nothing"));
        _returnsSummary.Set(new TextLine(Overdue.Count == 0 ? $"No late returns for {Owner}." : $"{Overdue.Count} late return(s); still out will cost {total}"));
        DrawBreakdown();
        if (View == ReportView.Billing)
        {
            ReadBilling();
        }

        if (View == ReportView.RepeatRepairs)
        {
            ReadRepeats();
        }

        Changed();
    }

    private void DrawBreakdown()
    {
        if (Rows is { Count: 0 })
        {
            _breakdown.Set(new TextLine($"{Owner} has no cases yet.", Tone.Dim));
            return;
        }

        if (_months.Selected is not { } m)
        {
            _breakdown.Lines = [];
            return;
        }

        _breakdown.Lines =
        [
            new TextLine($"Outcomes {m.Month} (% of inspections)", Tone.Heading),
            Rate("No fault found", m.NoFaultFoundRate, Tone.Warn),
            Rate("Not covered", m.NotCoveredRate, Tone.Bad),
            Rate("Beyond repair", m.BeyondRepairRate, Tone.Dim),
            new TextLine("Turnaround (median)", Tone.Heading),
            new TextLine($"to ship  {Days(m.MedianDaysToShip)} working day(s)"),
            new TextLine($"repair   {Days(m.MedianDaysInRepair)} day(s)"),
            new TextLine($"opened {m.CasesOpened} · closed {m.CasesClosed} · swaps {m.SwapsShipped}"),
            new TextLine($"late returns {m.OverdueReturns} · pool {m.PoolAvailableEnd}/{m.PoolTarget}"),
        ];
    }

    private static TextLine Rate(string label, decimal rate, Tone tone)
    {
        var percent = Math.Round(rate * 100, 1);
        var bar = new string('█', (int)Math.Round((double)percent / 100 * 16));
        return TextLine.Of(($"{label,-15}", Tone.Normal), (bar.PadRight(16, '·'), tone), ($" {percent.ToString("0.0", CultureInfo.InvariantCulture),5}%", Tone.Normal));
    }

    private static string Days(decimal? days) => days?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}
