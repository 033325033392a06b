using Depot.Core.Billing;
using Depot.Core.Dashboard;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The repair board: units awaiting approval, awaiting repair, at a partner or in quality check.
/// Only the lifecycle's permitted triggers for the selected unit are enabled; a disabled key says why.
/// </summary>
internal sealed partial record RepairsScreen : IScreen
{
    public IReadOnlyList<RepairBoardLine>? Lines { get; init; }

    public DateTimeOffset Now { get; init; }

    public ListCursor Cursor { get; init; }

    public TextField Filter { get; init; } = TextField.Empty;

    public bool Filtering { get; init; }

    public RepairPrompt? Prompt { get; init; }

    public string Title => "Repairs";

    public string? FocusedText => Filtering ? Filter.Text : Prompt is { Kind: not RepairPromptKind.Result } p ? p.Text.Text : null;

    /// <summary>The lines the filter lets through.</summary>
    public IReadOnlyList<RepairBoardLine> Visible =>
        Lines is null ? []
        : Filter.IsEmpty ? Lines
        : Lines.Where(l => new[] { l.Unit.Identifier.Value, l.Unit.OwnerCode, l.Unit.ModelSku, l.Unit.State.ToString(), l.Partner }
            .Any(f => f?.Contains(Filter.Text.Trim(), StringComparison.OrdinalIgnoreCase) == true)).ToArray();

    public RepairBoardLine? Selected => Cursor.HasSelection && Cursor.Index < Visible.Count ? Visible[Cursor.Index] : null;

    public IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (Filtering)
            {
                return
                [
                    new KeyBinding("filtered", "Keep filter", KeyBindings.Enter),
                    new KeyBinding("unfilter", "Clear filter", KeyBindings.Escape),
                ];
            }

            switch (Prompt?.Kind)
            {
                case RepairPromptKind.Partner:
                    return
                    [
                        new KeyBinding("send", "Send", KeyBindings.Enter).DisabledWhen(Prompt.Text.IsEmpty, "name the repair partner"),
                        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
                    ];
                case RepairPromptKind.Result:
                    return
                    [
                        .. Enum.GetValues<PartnerOutcome>().Select(o => new KeyBinding("result:" + o, o.ToString(), Chord.Of(ResultKey(o)))),
                        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
                    ];
                case RepairPromptKind.Quote:
                    return
                    [
                        new KeyBinding("quote", "Record", KeyBindings.Enter).DisabledWhen(Prompt.Text.IsEmpty, "type the partner's quote, like 120.00"),
                        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
                    ];
            }

            return
            [
                NavKeys.Up,
                NavKeys.Down,
                new KeyBinding("open", "Unit", KeyBindings.Enter, inFooter: false).DisabledWhen(Selected is null, "no unit selected"),
                new KeyBinding("filter", "Filter", Chord.Of('/')),
                Action("send", "To partner", 's', Trigger.SendToPartner),
                Action("result", "Result", 'r', Trigger.PartnerResult),
                Action("approve", "Approve", 'a', Trigger.Approve),
                Action("decline", "Decline", 'd', Trigger.Decline),
                Action("pass", "Pass QC", 'p', Trigger.PassQc),
                Action("fail", "Fail QC", 'f', Trigger.FailQc),
                new KeyBinding("refresh", "Refresh", Chord.Of('g'), inFooter: false),
                new KeyBinding("unfilter", "Clear filter", KeyBindings.Escape, inFooter: false).DisabledWhen(Filter.IsEmpty, "no filter set"),
            ];
        }
    }

    private static char ResultKey(PartnerOutcome outcome) => outcome switch
    {
        PartnerOutcome.Repaired => 'r',
        PartnerOutcome.NoFaultFound => 'n',
        PartnerOutcome.BeyondRepair => 'b',
        _ => 'q',
    };

    private KeyBinding Action(string command, string label, char key, Trigger trigger)
    {
        var binding = new KeyBinding(command, label, Chord.Of(key));
        return Selected is not { } line
            ? binding with { DisabledBecause = "no unit selected" }
            : binding.DisabledWhen(!line.Unit.PermittedTriggers.Contains(trigger), UnitScreen.Why(line.Unit.State, trigger));
    }

    public IReadOnlyList<Command> Load() => [new LoadBoard()];

    public Step? Update(ConsoleKeyInfo key)
    {
        // Esc with no filter set is the shell's (back), so the disabled binding does not swallow it.
        if (!Filtering && Prompt is null && Filter.IsEmpty && key.Key == ConsoleKey.Escape)
        {
            return null;
        }

        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        if (Filtering && Filter.Edit(key) is { } filter)
        {
            return Step.Stay(this with { Filter = filter, Cursor = new ListCursor(0, 0).Resized((this with { Filter = filter }).Visible.Count) });
        }

        return Prompt is { Kind: not RepairPromptKind.Result } p && p.Text.Edit(key) is { } text
            ? Step.Stay(this with { Prompt = p with { Text = text } })
            : null;
    }

    private Step Act(string command)
    {
        var unit = Selected?.Unit;
        if (command.StartsWith("result:", StringComparison.Ordinal))
        {
            var outcome = Enum.Parse<PartnerOutcome>(command["result:".Length..]);
            return outcome == PartnerOutcome.QuoteNeeded
                ? Step.Stay(this with { Prompt = RepairPrompt.Quote })
                : Step.Run(this with { Prompt = null }, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.PartnerResult, Partner: outcome));
        }

        return command switch
        {
            "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
            "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
            "open" => new Step(this, []) { Open = UnitScreen.Showing(unit!.Identifier.Value) },
            "filter" => Step.Stay(this with { Filtering = true }),
            "filtered" => Step.Stay(this with { Filtering = false }),
            "unfilter" => Step.Stay(this with { Filtering = false, Filter = TextField.Empty, Cursor = Cursor.Resized(Lines?.Count ?? 0) }),
            "send" when Prompt is null => Step.Stay(this with { Prompt = RepairPrompt.Partner }),
            "send" => Step.Run(this with { Prompt = null }, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.SendToPartner, Prompt.Text.Text.Trim())),
            "result" => Step.Stay(this with { Prompt = RepairPrompt.Result }),
            "quote" => Money.TryParse(Prompt!.Text.Text, "EUR", out var quote, out var why)
                ? Step.Run(this with { Prompt = null }, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.PartnerResult, Partner: PartnerOutcome.QuoteNeeded, Quote: quote))
                : Step.Say(this, $"Quote: {why}"),
            "approve" => Step.Run(this, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.Approve)),
            "decline" => Step.Run(this, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.Decline)),
            "pass" => Step.Run(this, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.PassQc)),
            "fail" => Step.Run(this, new FireTrigger(unit!.Identifier.Value, unit.Version, Trigger.FailQc)),
            "cancel" => Step.Stay(this with { Prompt = null }),
            _ => Step.Run(this, new LoadBoard()),
        };
    }

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadBoard.Loaded loaded => Step.Stay((this with { Lines = loaded.Lines, Now = loaded.Now }).Reselect()),
        UnitChanged changed => new Step(this, [new LoadBoard()]) { Notice = $"{changed.Identifier}: {changed.Event.Trigger} → {changed.Event.To}" },
        _ => Step.Stay(this),
    };

    private RepairsScreen Reselect() => this with { Cursor = Cursor.Resized(Visible.Count) };
}
