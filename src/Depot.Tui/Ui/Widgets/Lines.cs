using Depot.Tui.Ui.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Widgets;

/// <summary>Small building blocks the screens draw with.</summary>
internal static class Lines
{
    public static IRenderable Heading(string text) => new Markup($"[{Look.Heading}]{Look.Safe(text)}[/]");

    public static IRenderable Dim(string text) => new Markup(Look.In(Look.Dim, text)) { Overflow = Overflow.Ellipsis };

    public static IRenderable Plain(string text) => new Text(text) { Overflow = Overflow.Ellipsis };

    /// <summary>A one-line input with its label and a block cursor.</summary>
    public static IRenderable Field(string label, string text, bool focused) =>
        new Markup($"[{Look.Heading}]{Look.Safe(label)}[/] {Look.Safe(text)}{(focused ? "[blink]▌[/]" : "")}") { Overflow = Overflow.Ellipsis };

    /// <summary>A table that fills the width, without the heavy borders, for lists of units.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(c) { NoWrap = true });
        }

        return table;
    }

    /// <summary>Adds one row; the selected row is shown in reverse.</summary>
    public static void Row(Table table, bool selected, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Markup(selected ? $"[{Look.Selected}]{Look.Safe(c)}[/]" : Look.Safe(c)) { Overflow = Overflow.Ellipsis }).ToArray());

    /// <summary>Adds one row in <paramref name="style"/> (a colour for a line that must stand out); the selected row is shown in reverse.</summary>
    public static void StyledRow(Table table, bool selected, string style, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Markup(Look.In(selected ? Look.Selected : style, c)) { Overflow = Overflow.Ellipsis }).ToArray());

    public static string Days(TimeSpan span) => span.TotalDays >= 1 ? $"{(int)span.TotalDays}d" : $"{(int)span.TotalHours}h";
}
