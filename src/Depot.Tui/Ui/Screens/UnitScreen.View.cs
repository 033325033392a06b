using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record UnitScreen
{
    public IRenderable View(ViewSize size)
    {
        var rows = new List<IRenderable>();
        if (Finding || Detail is null)
        {
            rows.Add(Lines.Field("Find unit (IMEI or serial, any it ever had):", Find.Text, Finding));
        }

        if (Confirming is { } c)
        {
            rows.Add(c.Asking
                ? new Markup(Look.In("bold " + Look.Bad, $"{c.Verb} {Detail?.Unit.Identifier} because \"{c.Reason.Text}\"? y/n"))
                : Lines.Field($"{c.Verb}: reason?", c.Reason.Text, focused: true));
        }

        if (Detail is null)
        {
            rows.Add(Lines.Dim(Finding ? "Enter finds the unit." : "Reading…"));
            return new Rows(rows);
        }

        var u = Detail.Unit;
        var ids = Detail.Identifiers.Count > 1 ? $" (also {string.Join(", ", Detail.Identifiers.Where(i => i != u.Identifier.Value))})" : "";
        rows.Add(new Markup($"[{Look.Heading}]{Look.Safe(u.Identifier.Value)}[/]{Look.Safe(ids)}  {Look.In("bold " + Look.Good, u.State.ToString())} for {Lines.Days(Detail.Now - u.StateSince)}") { Overflow = Overflow.Ellipsis });
        rows.Add(Lines.Plain($"Owner {u.OwnerCode ?? "unknown"} · Model {u.ModelSku ?? "unknown"} · Grade {u.Grade ?? "-"} · Bin {u.Bin ?? "-"}{(u.Unannounced ? " · unannounced" : "")}"));
        rows.Add(Lines.Plain($"Case {Detail.Case?.Ticket ?? "none"}{(Detail.Case?.Details.Fault is { } f ? " · fault: " + f : "")} · coverage: {Detail.Coverage.Describe()}"));
        rows.Add(new Markup($"[{Look.Heading}]Permitted[/] {Look.Safe(string.Join(", ", u.PermittedTriggers))}") { Overflow = Overflow.Ellipsis });

        var room = Math.Max(1, size.Height - rows.Count - 4);
        var table = Lines.Table("When", "Trigger", "From → To", "By", "Case", "Details");
        foreach (var e in Detail.History.Reverse().Skip(Scroll).Take(room))
        {
            Lines.Row(table, false, e.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm"), e.Trigger.ToString(), $"{(e.From == Core.Lifecycle.UnitState.None ? "new" : e.From.ToString())} → {e.To}", e.Operator, e.CaseTicket,
                string.Join(" ", e.Details.Select(kv => $"{kv.Key}={kv.Value}")));
        }

        rows.Add(Lines.Dim($"Timeline, newest first: {Detail.History.Count} event(s){(Scroll > 0 ? $", {Scroll} newer above" : "")}"));
        rows.Add(table);
        return new Rows(rows);
    }
}
