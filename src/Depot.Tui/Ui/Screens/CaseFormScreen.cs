using System.Collections.Immutable;
using Depot.Core.Cases;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The form to open a case with its device, as <c>depot case open</c> does: Enter or ↓ goes to the
/// next field, ↑ back, Ctrl+S (or Enter on the last field) opens the case and shows it. The depot checks the
/// values; a refusal shows on the message line and the form stays filled in.
/// </summary>
internal sealed record CaseFormScreen : IScreen
{
    public static readonly IReadOnlyList<string> Labels =
        ["Ticket", "Owner", "Kind (swap/repair/loan)", "IMEI", "Model", "Customer", "Fault", "Phone", "Email", "SIM removed (y/n)", "Accessories"];

    public ImmutableList<TextField> Fields { get; init; } = [.. Labels.Select((_, i) => new TextField(i == 2 ? "swap" : ""))];

    public int Focus { get; init; }

    public string Title => "New case";

    public string? FocusedText => Fields[Focus].Text;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("next", Focus == Labels.Count - 1 ? "Open case" : "Next field", KeyBindings.Enter),
        new KeyBinding("save", "Open case", Chord.Control('s')),
        new KeyBinding("prev", "Previous field", KeyBindings.Up),
        new KeyBinding("down", "Next field", KeyBindings.Down, inFooter: false),
        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
    ];

    public string Value(int field) => Fields[field].Text.Trim();

    public IReadOnlyList<Command> Load() => [];

    public Step? Update(ConsoleKeyInfo key)
    {
        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        return Fields[Focus].Edit(key) is { } edited ? Step.Stay(this with { Fields = Fields.SetItem(Focus, edited) }) : null;
    }

    private Step Act(string command) => command switch
    {
        "next" when Focus < Labels.Count - 1 => Step.Stay(this with { Focus = Focus + 1 }),
        "down" => Step.Stay(this with { Focus = Math.Min(Labels.Count - 1, Focus + 1) }),
        "prev" => Step.Stay(this with { Focus = Math.Max(0, Focus - 1) }),
        "cancel" => new Step(this, []) { Back = true },
        _ => Submit(),
    };

    private Step Submit()
    {
        if (!Enum.TryParse<CaseKind>(Value(2), ignoreCase: true, out var kind) || int.TryParse(Value(2), out _))
        {
            return Step.Say(this with { Focus = 2 }, $"Kind: swap, repair or loan, not \"{Value(2)}\"");
        }

        var diagnosis = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Value(9).Length > 0)
        {
            if (Value(9).ToLowerInvariant() is not ("y" or "yes" or "n" or "no"))
            {
                return Step.Say(this with { Focus = 9 }, $"SIM removed: y or n, not \"{Value(9)}\"");
            }

            diagnosis["sim_removed"] = Value(9).StartsWith('y') || Value(9).StartsWith('Y') ? "yes" : "no";
        }

        if (Value(10).Length > 0)
        {
            diagnosis["accessories"] = Value(10);
        }

        string? Optional(int field) => Value(field).Length == 0 ? null : Value(field);
        var details = new CaseDetails(Optional(5), Optional(7), Optional(8), Fault: Optional(6), Diagnosis: diagnosis);
        return Step.Run(this, new OpenCase(Value(0), Value(1), kind, Value(3), Value(4), details));
    }

    public Step Handle(Outcome outcome) => outcome switch
    {
        // The form gives way to the new case, where its swap unit is reserved next.
        OpenCase.Opened opened => new Step(new CaseScreen(opened.Overview.Case.Ticket), [new LoadCase(opened.Overview.Case.Ticket)])
        {
            Notice = $"case {opened.Overview.Case.Ticket} opened; {opened.Overview.Defective?.Identifier} announced",
        },
        _ => Step.Stay(this),
    };

    public IRenderable View(ViewSize size)
    {
        var width = Labels.Max(l => l.Length) + 1;
        var rows = new List<IRenderable> { Lines.Dim("Opens the case and announces the end user's device. Ctrl+S opens it from any field.") };
        for (var i = 0; i < Labels.Count; i++)
        {
            var label = Labels[i].PadRight(width);
            rows.Add(i == Focus
                ? new Markup($"[{Look.Key}]{Look.Safe(label)}[/] {Look.Safe(Fields[i].Text)}[blink]▌[/]") { Overflow = Overflow.Ellipsis }
                : new Markup($"[{Look.Heading}]{Look.Safe(label)}[/] {Look.Safe(Fields[i].Text)}") { Overflow = Overflow.Ellipsis });
        }

        return new Rows(rows);
    }
}
