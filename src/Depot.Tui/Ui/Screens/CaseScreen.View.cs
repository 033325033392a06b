using Depot.Core.Cases;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Spectre.Console;
using Spectre.Console.Rendering;
using W = Depot.Tui.Ui.Widgets.Lines;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record CaseScreen
{
    public IRenderable View(ViewSize size)
    {
        if (Overview is not { } o)
        {
            return W.Dim("Reading…");
        }

        var c = o.Case;
        var d = c.Details;
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Look.Safe(c.Ticket)}[/]  {Look.Safe($"{c.OwnerCode} · {c.Kind.ToString().ToLowerInvariant()} · opened {c.OpenedAt.ToLocalTime():yyyy-MM-dd}")}  "
                + Look.In(o.IsOverdue ? "bold " + Look.Bad : o.Status == CaseStatus.Closed ? Look.Dim : Look.Good, CasesScreen.Status(o))) { Overflow = Overflow.Ellipsis },
            W.Plain($"{d.Customer ?? "-"}  {d.Phone}  {d.Email}  {d.Address}".TrimEnd()),
            W.Plain($"Fault: {d.Fault ?? "-"}"),
            W.Plain($"Shipped {CasesScreen.Date(c.ShipDate)} · due back {CasesScreen.Date(c.DueDate)}"
                + (o.WorkingDaysLate > 0 ? $" · {o.WorkingDaysLate} working day(s) late" : "")
                + (o.PendingCharge is { } p ? $" · will cost {p}" : "")),
        };
        if (d.Diagnosis is { Count: > 0 } answers)
        {
            rows.Add(W.Plain("Diagnosis: " + string.Join(" · ", answers.Select(a => $"{a.Key.Replace('_', ' ')}: {a.Value}"))));
        }

        if (o.Coverage is { } coverage)
        {
            rows.Add(W.Dim("Coverage: " + coverage.Describe()));
        }

        var units = W.Table("Role", "Unit", "Model", "State");
        foreach (var u in o.Units)
        {
            W.Row(units, false, u.Role, u.Identifier, u.ModelSku ?? "?", u.State.ToString());
        }

        rows.Add(units);
        if (o.Charges.Count == 0)
        {
            rows.Add(W.Dim("Charges: none"));
        }
        else
        {
            var charges = W.Table("Charge", "Amount", "Reason", "At");
            foreach (var ch in o.Charges)
            {
                W.Row(charges, false, ch.Kind.ToString(), ch.Amount.ToString(), ch.Reason, ch.At.ToLocalTime().ToString("yyyy-MM-dd"));
            }

            rows.Add(charges);
        }

        rows.Add(Substituting is { } sub
            ? new Markup(Look.In("bold " + Look.Warn,
                $"{sub.Identifier} is a {sub.ModelSku}, the case's device is a {WantedModel}. Send the other model as a substitute? y / n"))
            : CanReserve is null ? PoolTable(size.Height - 14 - (o.Charges.Count == 0 ? 0 : o.Charges.Count + 3)) : W.Dim(""));
        return new Rows(rows);
    }

    private IRenderable PoolTable(int room)
    {
        room = Math.Max(1, room);
        var first = Cursor.FirstVisible(room);
        var table = W.Table("Reserve from the pool", "Model", "Grade", "Bin");
        for (var i = first; i < Math.Min(Pool.Count, first + room); i++)
        {
            var u = Pool[i];
            var other = WantedModel is not null && !string.Equals(u.ModelSku, WantedModel, StringComparison.OrdinalIgnoreCase);
            W.StyledRow(table, i == Cursor.Index, other ? Look.Dim : "default", u.Identifier.Value, (u.ModelSku ?? "?") + (other ? " (substitute)" : ""), u.Grade, u.Bin);
        }

        return table;
    }
}
