using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Records inspection outcomes: pick a Received unit from the list or scan it, choose the outcome
/// with one key (NotCovered asks for the reason and a quote), add a note, confirm.
/// </summary>
internal sealed partial record InspectScreen : IScreen
{
    public static readonly UnitFilter Waiting = new(UnitState.Received, Limit: 500);

    public IReadOnlyList<Unit>? Received { get; init; }

    public ListCursor Cursor { get; init; }

    public TextField Scan { get; init; } = TextField.Empty;

    public InspectPhase Phase { get; init; }

    public UnitDetail? Target { get; init; }

    public InspectionOutcome? Result { get; init; }

    public NotCoveredReason? Reason { get; init; }

    public TextField Quote { get; init; } = TextField.Empty;

    public Money? QuoteAmount { get; init; }

    public TextField Note { get; init; } = new("", 200);

    public string Title => "Inspect";

    public string? FocusedText => Phase switch
    {
        InspectPhase.Pick => Scan.Text,
        InspectPhase.Quote => Quote.Text,
        InspectPhase.Note => Note.Text,
        _ => null,
    };

    public IReadOnlyList<KeyBinding> Bindings => Phase switch
    {
        InspectPhase.Pick =>
        [
            NavKeys.ArrowUp,
            NavKeys.ArrowDown,
            new KeyBinding("pick", Scan.IsEmpty ? "Inspect selected" : "Find scanned", KeyBindings.Enter)
                .DisabledWhen(Scan.IsEmpty && !Cursor.HasSelection, "no Received unit waiting; scan one"),
        ],
        InspectPhase.Outcome =>
        [
            new KeyBinding("nff", "No fault found", Chord.Of('n')),
            new KeyBinding("covered", "Covered fault", Chord.Of('c')),
            new KeyBinding("notcovered", "Not covered", Chord.Of('x')),
            new KeyBinding("beyond", "Beyond repair", Chord.Of('b')),
            new KeyBinding("cancel", "Other unit", KeyBindings.Escape),
        ],
        InspectPhase.Reason =>
        [
            .. Enum.GetValues<NotCoveredReason>().Select(r => new KeyBinding("reason:" + r, r.ToString(), Chord.Of(char.ToLowerInvariant(r.ToString()[0])))),
            new KeyBinding("cancel", "Back", KeyBindings.Escape),
        ],
        InspectPhase.Quote =>
        [
            new KeyBinding("quote", "Next", KeyBindings.Enter).DisabledWhen(Quote.IsEmpty, "type the quote amount, like 89.00"),
            new KeyBinding("cancel", "Back", KeyBindings.Escape),
        ],
        InspectPhase.Note =>
        [
            new KeyBinding("note", Note.IsEmpty ? "No note" : "Next", KeyBindings.Enter),
            new KeyBinding("cancel", "Back", KeyBindings.Escape),
        ],
        _ =>
        [
            new KeyBinding("confirm", "Confirm", [KeyBindings.Enter, Chord.Of('y')]),
            new KeyBinding("cancel", "Change", [KeyBindings.Escape, Chord.Of('n')]),
        ],
    };

    public IReadOnlyList<Command> Load() => [new LoadUnits(Waiting)];

    public Step? Update(ConsoleKeyInfo key)
    {
        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        if (key.KeyChar == '?' && string.IsNullOrEmpty(FocusedText))
        {
            return null;
        }

        return Phase switch
        {
            InspectPhase.Pick when Scan.Edit(key) is { } scan => Step.Stay(this with { Scan = scan }),
            InspectPhase.Quote when Quote.Edit(key) is { } quote => Step.Stay(this with { Quote = quote }),
            InspectPhase.Note when Note.Edit(key) is { } note => Step.Stay(this with { Note = note }),
            _ => null,
        };
    }

    private Step Act(string command)
    {
        if (command.StartsWith("reason:", StringComparison.Ordinal))
        {
            return Step.Stay(this with { Reason = Enum.Parse<NotCoveredReason>(command["reason:".Length..]), Phase = InspectPhase.Quote });
        }

        return command switch
        {
            "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
            "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
            "pick" => Step.Run(this with { Scan = Scan.Clear() }, new FindUnit(Scan.IsEmpty ? Received![Cursor.Index].Identifier.Value : Scan.Text)),
            "nff" => Chosen(InspectionOutcome.NoFaultFound),
            "covered" => Chosen(InspectionOutcome.CoveredFault),
            "beyond" => Chosen(InspectionOutcome.BeyondRepair),
            "notcovered" => Step.Stay(this with { Result = InspectionOutcome.NotCovered, Phase = InspectPhase.Reason }),
            "quote" => Money.TryParse(Quote.Text, Target?.Currency, out var money, out var why)
                ? Step.Stay(this with { QuoteAmount = money, Phase = InspectPhase.Note })
                : Step.Say(this, $"Quote: {why}"),
            "note" => Step.Stay(this with { Phase = InspectPhase.Confirm }),
            "confirm" => Step.Run(this, new InspectUnit(Target!.Unit.Identifier.Value, Target.Unit.Version, Result!.Value,
                Result == InspectionOutcome.NotCovered ? Reason : null, Result == InspectionOutcome.NotCovered ? QuoteAmount : null,
                Note.IsEmpty ? null : Note.Text.Trim())),
            "cancel" => Step.Stay(Back()),
            _ => Step.Stay(this),
        };
    }

    private Step Chosen(InspectionOutcome outcome) =>
        Step.Stay(this with { Result = outcome, Reason = null, QuoteAmount = null, Phase = InspectPhase.Note });

    private InspectScreen Back() => Phase switch
    {
        InspectPhase.Outcome => this with { Phase = InspectPhase.Pick, Target = null },
        InspectPhase.Reason => this with { Phase = InspectPhase.Outcome },
        InspectPhase.Quote => this with { Phase = InspectPhase.Reason },
        InspectPhase.Note => this with { Phase = Result == InspectionOutcome.NotCovered ? InspectPhase.Quote : InspectPhase.Outcome },
        _ => this with { Phase = InspectPhase.Outcome },
    };

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadUnits.Loaded loaded when loaded.Filter == Waiting =>
            Step.Stay(this with { Received = loaded.Units, Cursor = Cursor.Resized(loaded.Units.Count) }),
        FindUnit.Found found when !found.Detail.Unit.PermittedTriggers.Contains(Trigger.Inspect) =>
            Step.Say(this, $"{found.Detail.Unit.Identifier}: {UnitScreen.Why(found.Detail.Unit.State, Trigger.Inspect)}"),
        FindUnit.Found found => Step.Stay(this with
        {
            Target = found.Detail, Phase = InspectPhase.Outcome, Result = null, Reason = null,
            Quote = TextField.Empty, QuoteAmount = null, Note = Note.Clear(),
        }),
        UnitChanged changed => new Step(new InspectScreen { Received = Received, Cursor = Cursor }, [new LoadUnits(Waiting)])
        {
            Notice = $"{changed.Identifier}: inspected, now {changed.Event.To}",
        },
        _ => Step.Stay(this),
    };
}
