using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Spectre.Console;
using Spectre.Console.Rendering;
using W = Depot.Tui.Ui.Widgets.Lines;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record CountScreen
{
    public IRenderable View(ViewSize size)
    {
        if (Session is not { } s)
        {
            return W.Dim("Reading…");
        }

        var rows = new List<IRenderable>
        {
            new Markup($"[bold]Count {s.Id}[/] {Look.Safe($"{CountService.Describe(s)} · {s.Lines} scan(s) · ")}"
                + (s.IsOpen
                    ? Look.In(OpenDifferences > 0 ? Look.Warn : Look.Good, $"{OpenDifferences} open difference(s)")
                    : Look.In(Look.Dim, $"closed {s.ClosedAt!.Value.ToLocalTime():yyyy-MM-dd HH:mm}"))) { Overflow = Overflow.Ellipsis },
            s.IsOpen ? W.Field("Scan:", Scan.Text, Resolving is null && !OnList) : W.Dim("This session is closed."),
            Prompt(),
        };

        if (Differences.Count == 0)
        {
            rows.Add(W.Dim(s.Lines == 0 ? "Nothing counted yet." : "No differences: the count matches the system."));
            return new Rows(rows);
        }

        var wide = size.Width >= 110;
        var room = Math.Max(1, size.Height - rows.Count - 5);
        var first = Cursor.FirstVisible(room);
        // Cells are cut to fit, so the table never collapses on a narrow terminal.
        var doneWidth = wide ? 30 : 4;
        // Five columns take 3 cells of padding each, plus the table's edges.
        var free = Math.Max(20, size.Width - 13 - 15 - doneWidth - 5 * 3 - 4);
        var systemWidth = free * 3 / 5;
        var table = W.Table("Difference", "Unit", "System says", "Count says", wide ? "Resolution" : "Done");
        for (var i = first; i < Math.Min(Differences.Count, first + room); i++)
        {
            var d = Differences[i];
            W.StyledRow(table, OnList && i == Cursor.Index, d.IsResolved ? Look.Dim : "default",
                Kind(d.Kind), Look.Fit(d.Identifier, 15), Look.Fit(d.Expected, systemWidth), Look.Fit(d.Counted, free - systemWidth),
                d.IsResolved ? (wide ? Look.Fit(d.ResolvedBy, doneWidth) : "✓") : "open");
        }

        rows.Add(table);
        if (Selected is { } selected)
        {
            rows.Add(W.Dim($"{selected.Identifier}: system {selected.Expected}; count {selected.Counted}"
                + (selected.ResolvedBy is { } how ? $"; {how}" : $"; can be: {string.Join(", ", selected.Allowed)}")));
        }

        return new Rows(rows);
    }

    private IRenderable Prompt() => Resolving switch
    {
        { Stage: ResolvingStage.Value } r => W.Field(r.ValueLabel, r.Value.Text, focused: true),
        { Stage: ResolvingStage.Reason } r => W.Field($"{r.Resolution} {r.Difference.Identifier}, because:", r.Reason.Text, focused: true),
        { } r => new Markup(Look.In("bold " + Look.Bad, $"Mark {r.Difference.Identifier} lost ({r.Reason.Text.Trim()})? It leaves the pool. y / n")),
        _ => W.Dim(OnList ? "Pick a difference and resolve it; Tab back to the scan field." : "Tab: the differences, to resolve them."),
    };

    public static string Kind(DifferenceKind kind) => kind switch
    {
        DifferenceKind.ExpectedNotCounted => "not counted",
        DifferenceKind.CountedNotExpected => "not expected",
        DifferenceKind.WrongOwner => "wrong owner",
        DifferenceKind.WrongModel => "wrong model",
        DifferenceKind.WrongState => "wrong state",
        _ => "scanned twice",
    };
}
