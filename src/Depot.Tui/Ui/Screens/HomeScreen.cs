using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>The depot at a glance: units per state, owners below target, who waits longest, today's receipts. Enter opens the list behind a line.</summary>
internal sealed record HomeScreen : IScreen
{
    public HomeData? Data { get; init; }

    public ListCursor Cursor { get; init; }

    public string Title => "Home";

    public string? FocusedText => null;

    public IReadOnlyList<HomeLine> Items => Data is null ? [] : BuildLines(Data);

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        NavKeys.Up,
        NavKeys.Down,
        new KeyBinding("open", "Open", KeyBindings.Enter).DisabledWhen(!Cursor.HasSelection, "nothing to open yet"),
        new KeyBinding("refresh", "Refresh", Chord.Of('r')),
    ];

    public IReadOnlyList<Command> Load() => [new LoadHome()];

    public Step? Update(ConsoleKeyInfo key) => Dispatch.Key(this, key, command => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "open" => new Step(this, []) { Open = Items[Cursor.Index].Opens() },
        _ => Step.Run(this, new LoadHome()),
    });

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadHome.Loaded loaded => Step.Run(
            this with { Data = loaded.Data with { FollowUpsLoaded = false }, Cursor = Cursor.Resized(BuildLines(loaded.Data).Count) },
            new LoadHomeFollowUps()),
        LoadHomeFollowUps.Loaded followUps when Data is { } data => Step.Stay(
            this with { Data = data with { OverdueCases = followUps.OverdueCases, OpenCounts = followUps.OpenCounts, FollowUpsLoaded = true } }),
        _ => Step.Stay(this),
    };

    public IRenderable View(ViewSize size)
    {
        if (Data is null)
        {
            return Lines.Dim("Reading the depot…");
        }

        var items = Items;
        var grid = new Grid().Expand();
        grid.AddColumn(new GridColumn());
        grid.AddColumn(new GridColumn());
        grid.AddRow(Column(items, 0), Column(items, 1));
        return grid;
    }

    private Rows Column(IReadOnlyList<HomeLine> items, int column)
    {
        var rows = new List<IRenderable>();
        string? section = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Column != column)
            {
                continue;
            }

            if (item.Section != section)
            {
                section = item.Section;
                rows.Add(Lines.Heading(section));
            }

            rows.Add(new Markup(Look.In(i == Cursor.Index ? Look.Selected : item.Style ?? "default", item.Text)) { Overflow = Overflow.Ellipsis });
        }

        if (column == 0 && !items.Any(i => i.Section == BelowTarget))
        {
            rows.Add(Lines.Heading(BelowTarget));
            rows.Add(Lines.Dim("every pool at or above target"));
        }

        if (column == 1 && !items.Any(i => i.Section == Today))
        {
            rows.Add(Lines.Heading(Today));
            rows.Add(Lines.Dim("nothing received yet today"));
        }

        return new Rows(rows);
    }

    private const string BelowTarget = "Below pool target";
    private const string Today = "Received today";
    private const int ReceiptsShown = 20;

    private static IReadOnlyList<HomeLine> BuildLines(HomeData data)
    {
        var lines = new List<HomeLine>();
        foreach (var count in data.Counts)
        {
            lines.Add(new HomeLine(0, "Units by state", $"{count.State,-17}{count.Count,7}", () => new UnitListScreen(new UnitFilter(count.State))));
        }

        foreach (var level in data.BelowTarget)
        {
            lines.Add(new HomeLine(0, BelowTarget, $"{level.OwnerCode,-12} short {level.Shortfall,4} of {level.Target}",
                () => new UnitListScreen(new UnitFilter(Core.Lifecycle.UnitState.Available, level.OwnerCode))));
        }

        foreach (var unit in data.LongestWaiting)
        {
            lines.Add(new HomeLine(1, "Waiting longest", $"{unit.State,-16} {Lines.Days(data.Now - unit.StateSince),5} {unit.Identifier}",
                () => UnitScreen.Showing(unit.Identifier.Value)));
        }

        // A busy dock receives thousands a day: the home screen shows the latest and how many in all.
        if (data.ReceiptsToday.Count > ReceiptsShown)
        {
            lines.Add(new HomeLine(1, Today, $"{data.ReceiptsToday.Count} today, latest {ReceiptsShown}:",
                () => new UnitListScreen(new UnitFilter(Core.Lifecycle.UnitState.Received))));
        }

        foreach (var receipt in data.ReceiptsToday.Take(ReceiptsShown))
        {
            lines.Add(new HomeLine(1, Today, $"{receipt.At.ToLocalTime():HH:mm} {receipt.Identifier} {receipt.To} {receipt.CaseTicket}",
                () => UnitScreen.Showing(receipt.Identifier)));
        }

        if (!data.FollowUpsLoaded)
        {
            lines.Add(new HomeLine(1, Follow, "Overdue cases         …", () => new CasesScreen { OverdueOnly = true }));
            lines.Add(new HomeLine(1, Follow, "Open count sessions   …", () => new CountsScreen()));
            return lines;
        }

        lines.Add(new HomeLine(1, Follow, $"Overdue cases     {data.OverdueCases.Count,5}{(data.OverdueCases.Count > 0 ? " !" : "")}",
            () => new CasesScreen { OverdueOnly = true }) { Style = data.OverdueCases.Count > 0 ? Look.Bad : null });
        lines.Add(new HomeLine(1, Follow, $"Open count sessions {data.OpenCounts.Count,3}", () => new CountsScreen()) { Style = data.OpenCounts.Count > 0 ? Look.Warn : null });
        return lines;
    }

    private const string Follow = "To follow up";
}
