using Depot.Core.Receiving;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record ReceiveScreen
{
    public IRenderable View(ViewSize size)
    {
        var rows = new List<IRenderable>
        {
            Lines.Field("Scan:", Scan.Text, focused: true),
            NoticeLine(),
        };
        rows.AddRange(LastDetails());
        rows.Add(Checklist());
        rows.Add(Lines.Heading($"This sitting: {Sitting.Count} scanned"));
        var room = Math.Max(0, size.Height - rows.Count);
        foreach (var line in Sitting.Take(room))
        {
            rows.Add(Lines.Plain($"{line.At.ToLocalTime():HH:mm:ss} {line.Identifier,-15} {line.State,-10} {line.Owner,-10} {line.Model,-10} {line.Ticket}"));
        }

        return new Rows(rows);
    }

    private IRenderable NoticeLine()
    {
        if (Notice is null)
        {
            return Lines.Dim("Scan a unit; the scanner's Enter receives it.");
        }

        var style = NoticeKind switch
        {
            NoticeKind.Received => Look.Good,
            NoticeKind.Quarantined => Look.Warn,
            NoticeKind.Twice => Look.Warn,
            _ => Look.Bad,
        };
        return new Markup(Look.In("bold " + style, Notice)) { Overflow = Overflow.Ellipsis };
    }

    private IEnumerable<IRenderable> LastDetails()
    {
        if (Last is null)
        {
            yield return Lines.Dim("Owner, model, case, fault and coverage of the last scan show here.");
            yield break;
        }

        var unit = Last.Unit;
        yield return Pair("Owner", unit.OwnerCode ?? "unknown", "Model", unit.ModelSku ?? "unknown");
        yield return Pair("Case", Last.Case?.Ticket ?? (Last.Quarantined ? "none (triage)" : unit.Unannounced ? "none (unannounced)" : "none"),
            "Fault", Last.Case?.Details.Fault ?? "not reported");
        yield return new Markup($"[{Look.Heading}]Coverage[/] {Look.In(Last.Coverage.Covered ? Look.Good : Look.Warn, Last.Coverage.Describe())}")
        {
            Overflow = Overflow.Ellipsis,
        };
    }

    private static Markup Pair(string label, string value, string label2, string value2) =>
        new($"[{Look.Heading}]{label,-8}[/] {Look.Safe(Look.Fit(value, 24).PadRight(24))}  [{Look.Heading}]{label2,-6}[/] {Look.Safe(value2)}") { Overflow = Overflow.Ellipsis };

    private IRenderable Checklist()
    {
        var c = Ticking;
        var target = TickingLast ? $"for {Last!.Unit.Identifier}" : "for next scan";
        return new Markup(
            $"{Box(c.Charger)}^G Charger {Box(c.Cable)}^L Cable {Box(c.Box)}^X Box {Box(c.SimRemoved)}^T SIM removed [{Look.Dim}]{Look.Safe(target)}[/]")
        {
            Overflow = Overflow.Ellipsis,
        };
    }

    private static string Box(bool on) => on ? $"[{Look.Good}][[x]][/]" : "[[ ]]";
}
