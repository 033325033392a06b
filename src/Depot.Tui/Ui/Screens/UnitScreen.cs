using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One unit, found by any identifier it ever had: identity, state, permitted actions and the full
/// event timeline. Scrap and mark lost ask for a reason and a confirmation.
/// </summary>
internal sealed partial record UnitScreen : IScreen
{
    public TextField Find { get; init; } = TextField.Empty;

    /// <summary>The find field has focus (the screen opens this way when no unit is given).</summary>
    public bool Finding { get; init; } = true;

    public UnitDetail? Detail { get; init; }

    /// <summary>How many timeline lines are scrolled past (newest first).</summary>
    public int Scroll { get; init; }

    public Confirmation? Confirming { get; init; }

    /// <summary>Opens the screen on one unit.</summary>
    public static UnitScreen Showing(string identifier) => new() { Find = new TextField(identifier), Finding = false };

    public string Title => "Unit";

    public string? FocusedText => Confirming is { Asking: false } c ? c.Reason.Text : Finding ? Find.Text : null;

    public IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            if (Confirming is { Asking: true } asking)
            {
                return
                [
                    new KeyBinding("yes", $"Yes, {asking.Verb.ToLowerInvariant()}", Chord.Of('y')),
                    new KeyBinding("no", "No", [Chord.Of('n'), KeyBindings.Escape]),
                ];
            }

            if (Confirming is { } reason)
            {
                return
                [
                    new KeyBinding("reason", "Next", KeyBindings.Enter).DisabledWhen(reason.Reason.IsEmpty, $"give the reason to {reason.Verb.ToLowerInvariant()} it"),
                    new KeyBinding("no", "Cancel", KeyBindings.Escape),
                ];
            }

            if (Finding)
            {
                return [new KeyBinding("find", "Find", KeyBindings.Enter).DisabledWhen(Find.IsEmpty, "type or scan an identifier first")];
            }

            var permitted = Detail?.Unit.PermittedTriggers ?? [];
            return
            [
                new KeyBinding("again", "Find another", [Chord.Of('/'), Chord.Of('f')]),
                new KeyBinding("older", "Older", [KeyBindings.Down, Chord.Of('j')], InFooter: false),
                new KeyBinding("newer", "Newer", [KeyBindings.Up, Chord.Of('k')], InFooter: false),
                Guarded(new KeyBinding("scrap", "Scrap", Chord.Of('x')), Trigger.Scrap, permitted),
                Guarded(new KeyBinding("lost", "Mark lost", Chord.Of('l')), Trigger.MarkLost, permitted),
                new KeyBinding("refresh", "Refresh", Chord.Of('r'), inFooter: false),
            ];
        }
    }

    private KeyBinding Guarded(KeyBinding binding, Trigger trigger, IReadOnlyList<Trigger> permitted) =>
        Detail is null
            ? binding with { DisabledBecause = "no unit shown" }
            : binding.DisabledWhen(!permitted.Contains(trigger), Why(Detail.Unit.State, trigger));

    /// <summary>Why the lifecycle does not let <paramref name="trigger"/> happen now.</summary>
    public static string Why(UnitState state, Trigger trigger)
    {
        var permitted = UnitLifecycle.PermittedTriggers(state);
        return $"{trigger} is not permitted from {state}" + (permitted.Count == 0 ? "" : $" (permitted: {string.Join(", ", permitted)})");
    }

    public IReadOnlyList<Command> Load() =>
        Detail is not null ? [new FindUnit(Detail.Unit.Identifier.Value)]
        : !Finding && !Find.IsEmpty ? [new FindUnit(Find.Text)]
        : [];

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

        if (Confirming is { Asking: false } c && c.Reason.Edit(key) is { } reason)
        {
            return Step.Stay(this with { Confirming = c with { Reason = reason } });
        }

        if (Finding && Confirming is null && Find.Edit(key) is { } find)
        {
            return Step.Stay(this with { Find = find });
        }

        if (Finding && Detail is not null && key.Key == ConsoleKey.Escape)
        {
            return Step.Stay(this with { Finding = false, Find = TextField.Empty });
        }

        return null;
    }

    private Step Act(string command) => command switch
    {
        "find" => Step.Run(this, new FindUnit(Find.Text)),
        "again" => Step.Stay(this with { Finding = true, Find = TextField.Empty }),
        "older" => Step.Stay(this with { Scroll = Math.Min(Scroll + 1, Math.Max(0, (Detail?.History.Count ?? 1) - 1)) }),
        "newer" => Step.Stay(this with { Scroll = Math.Max(0, Scroll - 1) }),
        "scrap" => Step.Stay(this with { Confirming = new Confirmation(Trigger.Scrap, TextField.Empty) }),
        "lost" => Step.Stay(this with { Confirming = new Confirmation(Trigger.MarkLost, TextField.Empty) }),
        "reason" => Step.Stay(this with { Confirming = Confirming! with { Asking = true } }),
        "yes" => Step.Run(this with { Confirming = null },
            new FireTrigger(Detail!.Unit.Identifier.Value, Detail.Unit.Version, Confirming!.Trigger, Confirming.Reason.Text.Trim())),
        "no" => Step.Say(this with { Confirming = null }, "Cancelled; nothing changed."),
        _ => Step.Run(this, Load().ToArray()),
    };

    public Step Handle(Outcome outcome) => outcome switch
    {
        FindUnit.Found found => Step.Stay(this with { Detail = found.Detail, Finding = false, Find = TextField.Empty, Scroll = 0 }),
        Refused { Command: FindUnit } => Step.Stay(this with { Finding = true }),
        UnitChanged changed => new Step(this, [new FindUnit(changed.Identifier)]) { Notice = $"{changed.Identifier}: {changed.Event.Trigger} → {changed.Event.To}" },
        _ => Step.Stay(this),
    };
}
