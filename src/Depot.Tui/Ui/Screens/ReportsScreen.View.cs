using System.Globalization;
using Depot.Core.Reports;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Spectre.Console;
using Spectre.Console.Rendering;
using W = Depot.Tui.Ui.Widgets.Lines;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record ReportsScreen
{
    public IRenderable View(ViewSize size)
    {
        if (Rows is null)
        {
            return W.Dim("Reading…");
        }

        if (Owner is null)
        {
            return W.Dim("No owners yet (depot owner add).");
        }

        var owners = string.Join(" ", Owners.Select(o => o == Owner ? $"[{Look.Selected}]{Look.Safe(o)}[/]" : Look.Safe(o)));
        var header = new Markup($"[{Look.Heading}]Owner[/] {owners}  [{Look.Dim}]←/→[/]") { Overflow = Overflow.Ellipsis };
        return ShowingReturns ? new Rows(header, Returns(size)) : new Rows(header, Quality(size));
    }

    private IRenderable Quality(ViewSize size)
    {
        if (Rows!.Count == 0)
        {
            return W.Dim($"{Owner} has no cases yet.");
        }

        var room = Math.Max(1, size.Height - 3);
        var first = Cursor.FirstVisible(room);
        var scale = Math.Max(1, Rows.Max(r => r.CasesOpened));
        var barWidth = Math.Clamp(size.Width / 2 - 24, 6, 30);
        var months = new List<IRenderable> { W.Heading("Cases opened per month") };
        for (var i = first; i < Math.Min(Rows.Count, first + room); i++)
        {
            var r = Rows[i];
            var bar = new string('█', (int)Math.Round((double)r.CasesOpened / scale * barWidth)).PadRight(barWidth, '·');
            var text = $"{r.Month} {bar} {r.CasesOpened,3}";
            months.Add(new Markup(i == Cursor.Index ? $"[{Look.Selected}]{Look.Safe(text)}[/]" : Look.Safe(text)));
        }

        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn());
        grid.AddRow(new Rows(months), Month is { } m ? Breakdown(m) : W.Dim(""));
        return grid;
    }

    private static IRenderable Breakdown(QualityReportRow m)
    {
        var chart = new BarChart().Width(34).WithMaxValue(100)
            .AddItem("No fault found", Percent(m.NoFaultFoundRate), Color.Yellow)
            .AddItem("Not covered", Percent(m.NotCoveredRate), Color.Red)
            .AddItem("Beyond repair", Percent(m.BeyondRepairRate), Color.Grey);
        return new Rows(
            W.Heading($"Outcomes {m.Month} (% of inspections)"),
            chart,
            W.Heading("Turnaround (median)"),
            W.Plain($"to ship  {Days(m.MedianDaysToShip)} working day(s)"),
            W.Plain($"repair   {Days(m.MedianDaysInRepair)} day(s)"),
            W.Plain($"opened {m.CasesOpened} · closed {m.CasesClosed} · swaps {m.SwapsShipped}"),
            W.Plain($"late returns {m.OverdueReturns} · pool {m.PoolAvailableEnd}/{m.PoolTarget}"));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Percent(decimal rate) => (double)Math.Round(rate * 100, 1);

    private static string Days(decimal? days) => days?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";

    private IRenderable Returns(ViewSize size)
    {
        if (Overdue.Count == 0)
        {
            return W.Dim($"No late returns for {Owner}.");
        }

        var total = string.Join(" + ", Overdue.Where(r => !r.Received).GroupBy(r => r.Currency)
            .Select(g => $"{g.Sum(r => r.Charge).ToString("0.00", CultureInfo.InvariantCulture)} {g.Key}").DefaultIfEmpty("nothing"));
        var room = Math.Max(1, size.Height - 6);
        var first = Cursor.FirstVisible(room);
        var wide = size.Width >= 110;
        var table = wide
            ? W.Table("Ticket", "Customer", "Shipped", "Due", "Late", "Unit due", "Cost", "")
            : W.Table("Ticket", "Customer", "Due", "Late", "Cost", "");
        for (var i = first; i < Math.Min(Overdue.Count, first + room); i++)
        {
            var r = Overdue[i];
            var cost = $"{r.Charge.ToString("0.00", CultureInfo.InvariantCulture)} {r.Currency}";
            var state = r.Received ? (wide ? "came back late" : "back") : "! out";
            string?[] cells = wide
                ? [r.Ticket, Look.Fit(r.Customer, 18), Date(r.Shipped), Date(r.Due), $"{r.WorkingDaysLate}d", r.ImeiDue, cost, state]
                : [r.Ticket, Look.Fit(r.Customer, 14), Date(r.Due), $"{r.WorkingDaysLate}d", cost, state];
            W.StyledRow(table, i == Cursor.Index, r.Received ? Look.Dim : Look.Bad, cells);
        }

        return new Rows(W.Plain($"{Overdue.Count} late return(s); still out will cost {total}"), table);
    }
}
