using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Shell;

/// <summary>Draws the frame: header (screen, operator, database), the top screen or the help, the message line, the footer.</summary>
internal static class AppView
{
    public const int Chrome = 4;

    public static IRenderable View(AppState state, int width, int height)
    {
        // A long message gets a second line rather than being cut off.
        var messageRows = state.Message is { } m && m.Length > width ? 2 : 1;
        var body = new ViewSize(width, Math.Max(1, height - Chrome - (messageRows - 1)));
        var layout = new Layout("frame").SplitRows(
            new Layout("header", Header(state, width)).Size(1),
            new Layout("body", state.HelpOpen ? Help(state) : state.Top.View(body)),
            new Layout("message", Message(state)).Size(messageRows),
            new Layout("footer", Footer(state, width)).Size(2));
        return layout;
    }

    private static IRenderable Header(AppState state, int width)
    {
        var left = $"Depot ▸ {state.Top.Title}";
        var who = $"operator {state.Operator} · db ";
        var room = Math.Max(8, width - left.Length - who.Length - 3);
        var text = $"[bold]{Look.Safe(left)}[/]  [{Look.Dim}]{Look.Safe(who)}{Look.Safe(Look.TailFit(state.Database, room))}[/]";
        return new Markup(text) { Overflow = Overflow.Ellipsis };
    }

    private static IRenderable Message(AppState state) =>
        state.Message is null
            ? new Text("")
            : new Markup(Look.In(state.MessageIsRefusal ? Look.Bad : Look.Warn, state.Message)) { Overflow = Overflow.Ellipsis };

    private static IRenderable Footer(AppState state, int width)
    {
        var screenKeys = Fitting(state.Top.Bindings.Where(b => b.InFooter), width, "  ", Describe);
        // Help, back and quit always show; the screen jumps take the room left (the help lists every one).
        var all = App.GlobalBindings(state).Where(b => b.InFooter).Select(b => b with { Keys = [b.Keys[0]] }).ToList();
        var others = all.Where(b => !b.Command.StartsWith("screen:", StringComparison.Ordinal)).ToList();
        var othersWidth = others.Sum(b => b.KeyLabel.Length + 1 + b.Label.Length + 1);
        var screens = Fitting(all.Where(b => b.Command.StartsWith("screen:", StringComparison.Ordinal)), width - othersWidth, " ", b =>
            b.Command == "screen:" + state.Top.Title ? $"[{Look.Selected}]{Look.Safe(b.KeyLabel)} {Look.Safe(b.Label)}[/]" : Describe(b));
        var globals = screens + " " + Fitting(others, othersWidth, " ", Describe);
        return new Rows(new Markup(screenKeys), new Markup(globals));
    }

    /// <summary>As many bindings as fit on one line of <paramref name="width"/>; the help (?) lists them all.</summary>
    private static string Fitting(IEnumerable<KeyBinding> bindings, int width, string gap, Func<KeyBinding, string> describe)
    {
        var parts = new List<string>();
        var used = 0;
        foreach (var b in bindings)
        {
            var length = b.KeyLabel.Length + 1 + b.Label.Length + (parts.Count == 0 ? 0 : gap.Length);
            if (used + length > width)
            {
                break;
            }

            used += length;
            parts.Add(describe(b));
        }

        return string.Join(gap, parts);
    }

    private static string Describe(KeyBinding b) =>
        b.Enabled
            ? $"[{Look.Key}]{Look.Safe(b.KeyLabel)}[/] {Look.Safe(b.Label)}"
            : $"[{Look.Dim}]{Look.Safe(b.KeyLabel)} {Look.Safe(b.Label)}[/]";

    private static IRenderable Help(AppState state)
    {
        var grid = new Grid().Expand();
        grid.AddColumn(new GridColumn());
        grid.AddColumn(new GridColumn());
        grid.AddRow(HelpTable(state.Top.Title, state.Top.Bindings), HelpTable("Everywhere", App.GlobalBindings(state)));
        return new Rows(new Markup("[bold]Help[/] [grey](any key closes)[/]"), grid);
    }

    private static Table HelpTable(string title, IReadOnlyList<KeyBinding> bindings)
    {
        var table = new Table().Border(TableBorder.Simple).Expand().AddColumn(title).AddColumn("");
        foreach (var b in bindings)
        {
            Row(table, b);
        }

        return table;
    }

    private static void Row(Table table, KeyBinding b) =>
        table.AddRow(
            new Markup($"[{Look.Key}]{Look.Safe(b.KeyLabel)}[/]"),
            b.Enabled ? new Text(b.Label) : new Markup($"{Look.Safe(b.Label)} {Look.In(Look.Dim, "(" + b.DisabledBecause + ")")}"));
}
