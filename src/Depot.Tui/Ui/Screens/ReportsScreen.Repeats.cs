using System.Globalization;
using Depot.Core.Reports;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.ViewBase;

namespace Depot.Tui.Ui.Screens;

// The repeat-repairs view: per partner, then per model, the partner repairs that passed quality
// check and how many came back inside their repair warranty, over every month or one. The figures
// are the depot's, not an owner's, so the owner line gives way to the view's own heading.
internal sealed partial class ReportsScreen
{
    private const int RepeatFootHeight = 2;

    private readonly TextPanel _repeatHeading;
    private readonly Table<RepeatRepairRow> _repeatLines;
    private readonly TextPanel _repeatTotals;

    /// <summary>The month the repeat-repairs view shows (its first day); null for every month, where it starts.</summary>
    public DateOnly? RepeatMonth { get; private set; }

    /// <summary>The rows shown, partners then models; null before they are read (or when they could not be).</summary>
    public IReadOnlyList<RepeatRepairRow>? Repeats { get; private set; }

    public Table<RepeatRepairRow> RepeatLines => _repeatLines;

    private (TextPanel Heading, Table<RepeatRepairRow> Lines, TextPanel Totals) RepeatViews(Bench bench)
    {
        var heading = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1, Visible = false };
        var lines = new Table<RepeatRepairRow>(bench.Look,
            ("By", r => r.By),
            ("Name", r => r.Name),
            ("Repairs", r => Count(r.Repairs)),
            ("Repeats", r => Count(r.Repeats)),
            ("Rate", r => Percent(r.Repairs, r.Repeats)))
        {
            X = 0,
            Y = 1,
            Height = Dim.Fill(RepeatFootHeight),
            Visible = false,
            RowTone = r => r.Repeats > 0 ? Tone.Warn : Tone.Normal,
        };
        // The figures line up on their last digit, under their headers; the rate stays beside them.
        lines.Style.ExpandLastColumn = false;
        foreach (var figure in new[] { 2, 3, 4 })
        {
            lines.Style.GetOrCreateColumnStyle(figure).Alignment = Alignment.End;
        }

        var totals = new TextPanel(bench.Look) { X = 0, Y = Pos.AnchorEnd(RepeatFootHeight), Height = RepeatFootHeight, Visible = false };
        return (heading, lines, totals);
    }

    private IEnumerable<KeyBinding> RepeatBindings()
    {
        yield return new KeyBinding("Month before", Chord.Of('['), () => MoveRepeatMonth(-1));
        yield return new KeyBinding("Month after", Chord.Of(']'), () => MoveRepeatMonth(1))
            .DisabledWhen(RepeatMonth is null, "every month is shown; [ picks the current month");
        foreach (var binding in _repeatLines.NavigationBindings())
        {
            yield return binding;
        }
    }

    // After the views' own keys: at 80 columns the status bar keeps the way back to the quality report.
    private KeyBinding AllMonths() => new KeyBinding("All months", Chord.Of('a'), () => ShowRepeatMonth(null))
        .DisabledWhen(RepeatMonth is null, "every month is shown already");

    // From every month, [ starts at the current one: the month a controller looks at first.
    private void MoveRepeatMonth(int months) => ShowRepeatMonth(RepeatMonth is { } month ? month.AddMonths(months) : CurrentMonth());

    private void ShowRepeatMonth(DateOnly? month)
    {
        RepeatMonth = month;
        ReadRepeats();
        Changed();
    }

    private DateOnly CurrentMonth() => FirstOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Bench.Depot.Now, Bench.Time.Zone).DateTime));

    private void ReadRepeats()
    {
        var label = RepeatMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Repeats = Bench.Try(() => new RepeatRepairs(Bench.Depot).Rows(label));
        var rows = Repeats ?? [];
        _repeatLines.Rows = rows;
        _repeatLines.SelectedIndex = 0;
        _repeatHeading.Set(TextLine.Of(
            ("Repeat repairs", Tone.Heading),
            (label is null ? ", all months" : $" {label}", Tone.Normal),
            (" · every owner", Tone.Normal),
            (label is null ? "  [ one month" : "  [ ] another month · a all months", Tone.Dim)));

        // Every repair and every repeat counts once for its partner (or "-"), so the partner rows add up to the depot's.
        var partners = rows.Where(r => r.By == "partner").ToList();
        var (repairs, repeats) = (partners.Sum(r => r.Repairs), partners.Sum(r => r.Repeats));
        _repeatTotals.Lines = Repeats switch
        {
            null => [new TextLine("The repeat repairs could not be read.", Tone.Dim)],
            { Count: 0 } => [new TextLine(label is null
                ? "No repairs yet: no partner repair has passed quality check."
                : $"No repairs in {label}: none passed quality check, none came back.", Tone.Dim)],
            _ =>
            [
                TextLine.Of(("Total ", Tone.Heading), ($"{repairs} repair(s), {repeats} repeat(s), rate {Percent(repairs, repeats)}", repeats > 0 ? Tone.Warn : Tone.Normal)),
                new TextLine("A repeat: received again inside the repair warranty of a partner repair.", Tone.Dim),
            ],
        };
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    // The rate of the rows' own figures, as a percentage: without repairs in the period there is none.
    private static string Percent(int repairs, int repeats) =>
        repairs == 0 ? "-" : ((decimal)repeats / repairs * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
