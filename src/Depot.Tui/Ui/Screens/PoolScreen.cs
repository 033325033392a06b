using Depot.Core.Lifecycle;
using Depot.Core.Pool;
using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>Every owner's swap pool and each model in it against the target, as bars. Enter lists the units on the shelf.</summary>
internal sealed record PoolScreen : IScreen
{
    public IReadOnlyList<PoolLevel>? Levels { get; init; }

    public ListCursor Cursor { get; init; }

    public string Title => "Pool";

    public string? FocusedText => null;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        NavKeys.Up,
        NavKeys.Down,
        new KeyBinding("open", "Units", KeyBindings.Enter).DisabledWhen(!Cursor.HasSelection, "no pool to open"),
        new KeyBinding("refresh", "Refresh", Chord.Of('r')),
    ];

    public IReadOnlyList<Command> Load() => [new LoadPool()];

    public Step? Update(ConsoleKeyInfo key) => Dispatch.Key(this, key, command => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "open" => new Step(this, [])
        {
            Open = new UnitListScreen(new UnitFilter(UnitState.Available, Levels![Cursor.Index].OwnerCode, Levels[Cursor.Index].ModelSku)),
        },
        _ => Step.Run(this, new LoadPool()),
    });

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadPool.Loaded loaded => Step.Stay(this with { Levels = loaded.Levels, Cursor = Cursor.Resized(loaded.Levels.Count) }),
        _ => Step.Stay(this),
    };

    public IRenderable View(ViewSize size)
    {
        if (Levels is null)
        {
            return Lines.Dim("Reading…");
        }

        if (Levels.Count == 0)
        {
            return Lines.Dim("No owners yet (depot owner add).");
        }

        var barWidth = Math.Clamp(size.Width - 60, 10, 40);
        var scale = Math.Max(1, Levels.Max(l => Math.Max(l.Target, l.Available + l.Reserved + l.InRepair)));
        var rows = Math.Max(1, size.Height - 5);
        var first = Cursor.FirstVisible(rows);
        var table = Lines.Table("Pool", "Avail", "Resv", "Repair", "Target", "Short", "Level");
        for (var i = first; i < Math.Min(Levels.Count, first + rows); i++)
        {
            var l = Levels[i];
            var name = l.ModelSku is null ? l.OwnerCode : "  " + l.ModelSku;
            var cells = new[] { name, l.Available.ToString(), l.Reserved.ToString(), l.InRepair.ToString(), l.Target.ToString(), l.Shortfall.ToString() };
            var style = i == Cursor.Index ? Look.Selected : l.ModelSku is null ? Look.Heading : "default";
            table.AddRow(cells.Select(c => (IRenderable)new Markup(Look.In(style, c))).Append(Bar(l, scale, barWidth)).ToArray());
        }

        return new Rows(Lines.Dim("█ available  ▓ reserved  ▒ in repair  ░ short of target"), table);
    }

    private static Markup Bar(PoolLevel l, int scale, int width)
    {
        int Cells(int n) => n <= 0 ? 0 : Math.Max(1, (int)Math.Round(n * (double)width / scale));
        var available = Cells(l.Available);
        var reserved = Cells(l.Reserved);
        var repair = Cells(l.InRepair);
        var shortfall = Math.Max(0, Math.Min(Cells(l.Shortfall), width - available - reserved - repair));
        return new Markup(
            $"[{Look.Good}]{new string('█', available)}[/][blue]{new string('▓', reserved)}[/][{Look.Warn}]{new string('▒', repair)}[/][{Look.Bad}]{new string('░', shortfall)}[/]");
    }
}
