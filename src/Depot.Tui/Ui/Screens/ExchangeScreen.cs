using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Partner files: pick an import or export kind, type the file's path. An import first runs dry
/// (rows read, would apply, already applied, rejected, the first errors) and applies only after a
/// yes; an export writes the file (asking before it writes over one). The recent imports are listed below.
/// </summary>
internal sealed partial record ExchangeScreen : IScreen
{
    public static readonly IReadOnlyList<ExchangeChoice> Choices =
    [
        .. ExchangeKinds.Imports.Select(k => new ExchangeChoice(true, k.Name, k.Description)),
        .. ExchangeKinds.Exports.Select(k => new ExchangeChoice(false, k.Name, k.Description)),
    ];

    public ListCursor Cursor { get; init; } = new(0, Choices.Count);

    public TextField Path { get; init; } = new("", 200);

    /// <summary>The path field has focus.</summary>
    public bool Typing { get; init; }

    /// <summary>The last dry run or import, and the file it read.</summary>
    public RunImport.Imported? Result { get; init; }

    /// <summary>A dry run is shown and waits for a yes to apply it.</summary>
    public bool Confirming => Result is { Result.DryRun: true };

    /// <summary>An export would write over this file: waiting for a yes.</summary>
    public string? Overwriting { get; init; }

    public IReadOnlyList<ImportRecord> Recent { get; init; } = [];

    /// <summary>Rows a dry run found new or changed: what applying would apply.</summary>
    public static long WouldApply(ImportResult r) => r.DryRun ? r.RowsRead - r.AlreadyApplied - r.Rejected : r.Applied;

    public string Title => "Exchange";

    public string? FocusedText => Typing ? Path.Text : null;

    public ExchangeChoice Choice => Choices[Cursor.Index];

    public IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (Overwriting is { } file)
            {
                return
                [
                    new KeyBinding("overwrite", "Yes, write over it", Chord.Of('y')),
                    new KeyBinding("keep", "No", [Chord.Of('n'), KeyBindings.Escape]),
                ];
            }

            if (Confirming)
            {
                return
                [
                    new KeyBinding("apply", "Apply the import", Chord.Of('y')).DisabledWhen(WouldApply(Result!.Result) == 0, "nothing to apply: no row would change the depot"),
                    new KeyBinding("discard", "Don't apply", [Chord.Of('n'), KeyBindings.Escape]),
                ];
            }

            if (Typing)
            {
                return
                [
                    new KeyBinding("go", Choice.Import ? "Dry run" : "Export", KeyBindings.Enter).DisabledWhen(Path.IsEmpty, "type the file's path"),
                    new KeyBinding("untype", "Back to kinds", KeyBindings.Escape),
                ];
            }

            return
            [
                NavKeys.Up,
                NavKeys.Down,
                new KeyBinding("path", "File path", KeyBindings.Enter),
                new KeyBinding("refresh", "Refresh", Chord.Of('r')),
            ];
        }
    }

    public IReadOnlyList<Command> Load() => [new LoadImports()];

    public Step? Update(ConsoleKeyInfo key)
    {
        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        return Typing && Path.Edit(key) is { } edited ? Step.Stay(this with { Path = edited }) : null;
    }

    private Step Act(string command) => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1), Result = null }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1), Result = null }),
        "path" => Step.Stay(this with { Typing = true, Result = null }),
        "untype" => Step.Stay(this with { Typing = false }),
        "go" when Choice.Import => Step.Run(this with { Result = null }, new RunImport(Choice.Kind, Path.Text, DryRun: true)),
        "go" => Step.Run(this with { Result = null }, new RunExport(Choice.Kind, Path.Text)),
        "apply" => Step.Run(this, new RunImport(Result!.Result.Kind, Result.FullPath, DryRun: false)),
        "discard" => Step.Say(this with { Result = null }, "nothing imported"),
        "overwrite" => Step.Run(this with { Overwriting = null }, new RunExport(Choice.Kind, Overwriting!, Overwrite: true)),
        "keep" => Step.Say(this with { Overwriting = null }, "nothing written"),
        _ => Step.Run(this, new LoadImports()),
    };

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadImports.Loaded loaded => Step.Stay(this with { Recent = loaded.Recent }),
        RunImport.Imported imported => new Step(this with { Result = imported, Typing = imported.Result.DryRun && Typing }, imported.Result.DryRun ? [] : [new LoadImports()])
        {
            Notice = imported.Result.DryRun
                ? (WouldApply(imported.Result) > 0 ? "dry run done: y applies it, n leaves the depot as it is" : "dry run done: nothing would change")
                : $"imported {imported.Result.FileName}: {imported.Result.Applied} applied, {imported.Result.Rejected} rejected",
        },
        RunExport.Exists exists => Step.Stay(this with { Overwriting = exists.FullPath }),
        RunExport.Exported exported => Step.Say(this with { Typing = false }, $"wrote {exported.Rows} row(s) to {exported.FullPath}"),
        _ => Step.Stay(this),
    };
}
