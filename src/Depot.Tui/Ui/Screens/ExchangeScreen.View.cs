using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Spectre.Console;
using Spectre.Console.Rendering;
using W = Depot.Tui.Ui.Widgets.Lines;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record ExchangeScreen
{
    public IRenderable View(ViewSize size)
    {
        var menu = new List<IRenderable>();
        for (var i = 0; i < Choices.Count; i++)
        {
            var c = Choices[i];
            var text = Look.Fit($"{c.Label,-22} {c.Description}", size.Width);
            menu.Add(new Markup(i == Cursor.Index ? $"[{Look.Selected}]{Look.Safe(text)}[/]" : Look.Safe(text)) { Overflow = Overflow.Ellipsis });
        }

        var rows = new List<IRenderable>
        {
            new Rows(menu),
            W.Field(Choice.Import ? $"{Choice.Label} from file:" : $"{Choice.Label} to file:", Path.Text, Typing),
        };

        if (Overwriting is { } file)
        {
            rows.Add(new Markup(Look.In("bold " + Look.Warn, $"{file} exists. Write over it? y / n")) { Overflow = Overflow.Ellipsis });
        }

        var room = size.Height - rows.Count - Choices.Count;
        rows.Add(Result is { } r ? Summary(r, room, size.Width) : RecentTable(room, size.Width >= 110));
        return new Rows(rows);
    }

    private static IRenderable Summary(Commands.RunImport.Imported imported, int room, int width)
    {
        var r = imported.Result;
        var lines = new List<IRenderable>
        {
            W.Heading($"{(r.DryRun ? "Dry run" : "Imported")}: {r.Kind} from {imported.FullPath}"),
            new Markup(Look.Safe($"rows read {r.RowsRead} · {(r.DryRun ? "would apply" : "applied")} {WouldApply(r)} · already applied {r.AlreadyApplied} · ")
                + Look.In(r.Rejected > 0 ? Look.Bad : Look.Good, $"rejected {r.Rejected}")) { Overflow = Overflow.Ellipsis },
        };
        if (r.RejectsWrittenTo is { } rejects && r.Rejected > 0)
        {
            lines.Add(W.Dim($"rejected rows: {rejects}"));
        }

        foreach (var warning in r.Warnings.Take(2))
        {
            lines.Add(new Markup(Look.In(Look.Warn, warning)) { Overflow = Overflow.Ellipsis });
        }

        if (r.FirstErrors.Count > 0)
        {
            var table = W.Table("Line", "Column", "Value", "Reason");
            foreach (var e in r.FirstErrors.Take(Math.Max(1, room - lines.Count - 4)))
            {
                // Cells are cut to fit, so the line numbers never get squeezed out by a long reason.
                W.Row(table, false, e.Line.ToString(), Look.Fit(e.Column ?? "-", 14), Look.Fit(e.Value ?? "", 16), Look.Fit(e.Expected, Math.Max(10, width - 6 - 14 - 16 - 12)));
            }

            lines.Add(table);
        }

        if (r.DryRun)
        {
            lines.Add(new Markup(Look.In("bold " + Look.Warn, WouldApply(r) > 0 ? "Apply this import? y / n" : "Nothing would change; n to go back")));
        }

        return new Rows(lines);
    }

    private IRenderable RecentTable(int room, bool wide)
    {
        if (Recent.Count == 0)
        {
            return W.Dim("No imports yet.");
        }

        var table = wide
            ? W.Table("Recent imports", "Kind", "At", "By", "SHA-256", "Read", "Appl", "Had", "Rej")
            : W.Table("Recent imports", "Kind", "By", "SHA-256", "Read", "Appl", "Rej");
        foreach (var i in Recent.Take(Math.Max(1, room - 4)))
        {
            var hash = i.Sha256[..Math.Min(wide ? 12 : 8, i.Sha256.Length)];
            string?[] cells = wide
                ? [Look.Fit(i.FileName, 28), i.Kind, i.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm"), i.Operator, hash,
                    i.RowsRead.ToString(), i.Applied.ToString(), i.AlreadyApplied.ToString(), i.Rejected.ToString()]
                : [Look.Fit(i.FileName, 16), Look.Fit(i.Kind, 8), Look.Fit(i.Operator, 8), hash, i.RowsRead.ToString(), i.Applied.ToString(), i.Rejected.ToString()];
            W.StyledRow(table, false, i.Rejected > 0 ? Look.Warn : "default", cells);
        }

        return table;
    }
}
