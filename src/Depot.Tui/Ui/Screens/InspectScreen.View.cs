using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record InspectScreen
{
    public IRenderable View(ViewSize size) => Phase == InspectPhase.Pick || Target is null ? PickView(size) : FormView();

    private IRenderable PickView(ViewSize size)
    {
        var rows = new List<IRenderable> { Lines.Field("Scan:", Scan.Text, focused: true) };
        if (Received is null)
        {
            rows.Add(Lines.Dim("Reading…"));
            return new Rows(rows);
        }

        if (Received.Count == 0)
        {
            rows.Add(Lines.Dim("No unit is waiting for inspection."));
            return new Rows(rows);
        }

        rows.Add(Lines.Dim($"Waiting for inspection: {Received.Count}{(Received.Count >= Waiting.Limit ? "+" : "")} (↑↓ choose, Enter inspects)"));
        var room = Math.Max(1, size.Height - 6);
        var first = Cursor.FirstVisible(room);
        var table = Lines.Table("Identifier", "Owner", "Model", "Waiting");
        for (var i = first; i < Math.Min(Received.Count, first + room); i++)
        {
            var u = Received[i];
            Lines.Row(table, i == Cursor.Index, u.Identifier.Value, u.OwnerCode ?? "?", u.ModelSku ?? "?", u.StateSince.ToLocalTime().ToString("yyyy-MM-dd HH:mm"));
        }

        rows.Add(table);
        return new Rows(rows);
    }

    private IRenderable FormView()
    {
        var t = Target!;
        var rows = new List<IRenderable>
        {
            new Markup($"[{Look.Heading}]{Look.Safe(t.Unit.Identifier.Value)}[/]  {Look.Safe(t.Unit.OwnerCode)} {Look.Safe(t.Unit.ModelSku)}  case {Look.Safe(t.Case?.Ticket ?? "none")}") { Overflow = Overflow.Ellipsis },
            Lines.Plain($"Reported fault: {t.Case?.Details.Fault ?? "not reported"}"),
            Lines.Plain($"Coverage: {t.Coverage.Describe()}"),
            Text(""),
            Lines.Plain($"Outcome: {Result?.ToString() ?? "?"}{(Result == InspectionOutcome.NotCovered ? $" · reason {Reason?.ToString() ?? "?"}" : "")}{(QuoteAmount is { } q ? $" · quote {q}" : "")}"),
        };

        rows.Add(Phase switch
        {
            InspectPhase.Outcome => Lines.Heading("Outcome? n no fault found · c covered fault · x not covered · b beyond repair"),
            InspectPhase.Reason => Lines.Heading("Why not covered? c cosmetic · l liquid · t tamper · m misuse · w wear"),
            InspectPhase.Quote => Lines.Field($"Quote amount ({t.Currency} unless given):", Quote.Text, focused: true),
            InspectPhase.Note => Lines.Field("Note (optional):", Note.Text, focused: true),
            _ => new Markup(Look.In("bold " + Look.Warn, $"Record {Result} for {t.Unit.Identifier}{(Note.IsEmpty ? "" : $" with note \"{Note.Text}\"")}? Enter confirms, Esc changes.")),
        });
        return new Rows(rows);
    }

    private static Text Text(string text) => new(text);
}
