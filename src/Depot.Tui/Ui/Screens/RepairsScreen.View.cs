using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Spectre.Console;
using Spectre.Console.Rendering;
using W = Depot.Tui.Ui.Widgets.Lines;

namespace Depot.Tui.Ui.Screens;

internal sealed partial record RepairsScreen
{
    public IRenderable View(ViewSize size)
    {
        var rows = new List<IRenderable>();
        if (Filtering || !Filter.IsEmpty)
        {
            rows.Add(W.Field("Filter /", Filter.Text, Filtering));
        }

        rows.Add(Prompt?.Kind switch
        {
            RepairPromptKind.Partner => W.Field($"Send {Selected?.Unit.Identifier} to partner:", Prompt.Text.Text, focused: true),
            RepairPromptKind.Result => new Markup(Look.In("bold " + Look.Warn, $"Partner result for {Selected?.Unit.Identifier}: r repaired · n no fault found · b beyond repair · q quote needed")),
            RepairPromptKind.Quote => W.Field("Partner's quote amount:", Prompt.Text.Text, focused: true),
            _ => W.Dim("AwaitingApproval · AwaitingRepair · AtPartner · QualityCheck, longest waiting first"),
        });

        if (Lines is null)
        {
            rows.Add(W.Dim("Reading…"));
            return new Rows(rows);
        }

        var visible = Visible;
        if (visible.Count == 0)
        {
            rows.Add(W.Dim(Filter.IsEmpty ? "Nothing on the repair board." : "Nothing matches the filter."));
            return new Rows(rows);
        }

        var room = Math.Max(1, size.Height - rows.Count - 4);
        var first = Cursor.FirstVisible(room);
        var table = W.Table("Identifier", "State", "Days", "Partner", "Owner", "Model");
        for (var i = first; i < Math.Min(visible.Count, first + room); i++)
        {
            var l = visible[i];
            W.Row(table, i == Cursor.Index, l.Unit.Identifier.Value, l.Unit.State.ToString(), ((int)(Now - l.Unit.StateSince).TotalDays).ToString(),
                l.Partner ?? "-", l.Unit.OwnerCode ?? "?", l.Unit.ModelSku ?? "?");
        }

        rows.Add(table);
        rows.Add(W.Dim($"{visible.Count} of {Lines.Count} unit(s)"));
        return new Rows(rows);
    }
}
