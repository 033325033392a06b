using System.Globalization;
using Depot.Core.Billing;
using Depot.Core.Invoicing;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;

namespace Depot.Tui.Ui.Screens;

// The billing view: the owner's billing basis of one month, its lines (and apart the retail prices
// held for swaps still waiting for their defective unit) and the totals per currency.
internal sealed partial class ReportsScreen
{
    private const int TotalsHeight = 2;

    private readonly TextPanel _billingHeading;
    private readonly Table<BillingLine> _billingLines;
    private readonly TextPanel _billingTotals;
    private DateOnly? _billingMonth;

    /// <summary>The month the billing view shows (its first day); the current month until another is picked.</summary>
    public DateOnly BillingMonth => _billingMonth ??= FirstOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Bench.Depot.Now, Bench.Time.Zone).DateTime));

    /// <summary>The billing basis shown, or null before it is read (or when it could not be).</summary>
    public BillingBasis? Billing { get; private set; }

    public Table<BillingLine> BillingLines => _billingLines;

    private (TextPanel Heading, Table<BillingLine> Lines, TextPanel Totals) BillingViews(Bench bench)
    {
        var heading = new TextPanel(bench.Look) { X = 0, Y = 1, Height = 1, Visible = false };
        var lines = new Table<BillingLine>(bench.Look,
            ("Date", l => DepotTime.Date(l.Date)),
            ("What", l => KindWord(l.Kind)),
            ("Ticket", l => l.Ticket ?? ""),
            ("Amount", l => l.Amount.ToString().PadLeft(13)),
            ("Unit", l => l.Unit ?? ""),
            ("Description", l => l.Description))
        {
            X = 0,
            Y = 2,
            Height = Dim.Fill(TotalsHeight),
            Visible = false,
            RowTone = l => l.Kind == BillingLineKind.Pending ? Tone.Dim : Tone.Normal,
            Optional = ["Unit"],
        };
        var totals = new TextPanel(bench.Look) { X = 0, Y = Pos.AnchorEnd(TotalsHeight), Height = TotalsHeight, Visible = false };
        return (heading, lines, totals);
    }

    private IEnumerable<KeyBinding> BillingBindings()
    {
        yield return new KeyBinding("Month before", Chord.Of('['), () => MoveMonth(-1));
        yield return new KeyBinding("Month after", Chord.Of(']'), () => MoveMonth(1));
        foreach (var binding in _billingLines.NavigationBindings())
        {
            yield return binding;
        }
    }

    private void MoveMonth(int months)
    {
        _billingMonth = BillingMonth.AddMonths(months);
        ReadBilling();
        Changed();
    }

    private void ReadBilling()
    {
        var month = BillingMonth;
        var label = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Billing = null;
        if (Owner is { } owner)
        {
            Billing = Bench.Try(() => new BillingService(Bench.Depot).Basis(owner, month));
        }

        var basis = Billing;
        _billingLines.Rows = basis is null ? [] : [.. basis.Lines, .. basis.Pending];
        _billingLines.SelectedIndex = 0;
        _billingHeading.Set(TextLine.Of(($"Billing {label}", Tone.Heading), ($" for {Owner ?? "-"}", Tone.Normal), ("  [ ] another month", Tone.Dim)));
        _billingTotals.Lines = basis switch
        {
            null => [new TextLine(Owner is null ? "No owners yet (depot owner add)." : $"No billing basis for {Owner} in {label}.", Tone.Dim)],
            { Lines.Count: 0, Pending.Count: 0 } => [new TextLine($"Nothing to bill {Owner} for {label}.", Tone.Dim)],
            _ =>
            [
                TextLine.Of(("Total ", Tone.Heading), (Sum(basis.Totals), Tone.Normal), ($"  ({basis.Lines.Count} line(s))", Tone.Dim)),
                basis.PendingTotals.Count == 0
                    ? TextLine.Of(("Held  ", Tone.Heading), ("nothing: no swap waits for its defective unit", Tone.Dim))
                    : TextLine.Of(("Held  ", Tone.Heading), (Sum(basis.PendingTotals), Tone.Normal), ("  not billed: swaps still waiting for their defective unit", Tone.Dim)),
            ],
        };
    }

    // Amounts of different currencies side by side, never added together.
    private static string Sum(IReadOnlyList<Money> totals) => totals.Count == 0 ? "nothing" : string.Join(" · ", totals);

    private static string KindWord(BillingLineKind kind) => kind switch
    {
        BillingLineKind.ServiceFee => "service fee",
        BillingLineKind.Freight => "freight",
        BillingLineKind.Packaging => "packaging",
        BillingLineKind.DiagnosticFee => "diagnostic fee",
        BillingLineKind.Quote => "quote",
        BillingLineKind.RetailPrice => "retail price",
        _ => "held",
    };

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);
}
