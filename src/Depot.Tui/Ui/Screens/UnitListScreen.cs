using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>The units behind a number (a state, an owner's pool); Enter opens one.</summary>
internal sealed record UnitListScreen(UnitFilter Filter) : IScreen
{
    public IReadOnlyList<Unit>? Units { get; init; }

    public ListCursor Cursor { get; init; }

    public DateTimeOffset Now { get; init; }

    public string Title => "Units " + string.Join(" ", new[] { Filter.State?.ToString(), Filter.OwnerCode, Filter.ModelSku }.Where(p => p is not null));

    public string? FocusedText => null;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        NavKeys.Up,
        NavKeys.Down,
        new KeyBinding("open", "Open unit", KeyBindings.Enter).DisabledWhen(!Cursor.HasSelection, "no unit in this list"),
        new KeyBinding("refresh", "Refresh", Chord.Of('r')),
    ];

    public IReadOnlyList<Command> Load() => [new LoadUnits(Filter)];

    public Step? Update(ConsoleKeyInfo key) => Dispatch.Key(this, key, command => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "open" => new Step(this, []) { Open = UnitScreen.Showing(Units![Cursor.Index].Identifier.Value) },
        _ => Step.Run(this, Load().ToArray()),
    });

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadUnits.Loaded loaded when loaded.Filter == Filter =>
            Step.Stay(this with { Units = loaded.Units, Now = loaded.Now, Cursor = Cursor.Resized(loaded.Units.Count) }),
        _ => Step.Stay(this),
    };

    public IRenderable View(ViewSize size)
    {
        if (Units is null)
        {
            return Lines.Dim("Reading…");
        }

        if (Units.Count == 0)
        {
            return Lines.Dim("No units.");
        }

        var rows = Math.Max(1, size.Height - 4);
        var first = Cursor.FirstVisible(rows);
        var table = Lines.Table("Identifier", "State", "Since", "Owner", "Model", "Bin");
        for (var i = first; i < Math.Min(Units.Count, first + rows); i++)
        {
            var u = Units[i];
            Lines.Row(table, i == Cursor.Index, u.Identifier.Value, u.State.ToString(), Lines.Days(Now - u.StateSince), u.OwnerCode ?? "?", u.ModelSku ?? "?", u.Bin);
        }

        return new Rows(Lines.Dim($"{Units.Count} unit(s){(Units.Count >= Filter.Limit ? $" (first {Filter.Limit})" : "")}"), table);
    }
}
