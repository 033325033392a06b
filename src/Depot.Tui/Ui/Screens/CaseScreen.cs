using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One case: end user, fault, diagnosis answers, units with their states, dates and the charges
/// ledger. For a swap or loan case without a swap unit it lists the owner's Available units (the
/// case's model first) to reserve one; another model needs an explicit substitute confirmation.
/// A reserved swap unit ships from here.
/// </summary>
internal sealed partial record CaseScreen(string Ticket) : IScreen
{
    public CaseOverview? Overview { get; init; }

    /// <summary>The owner's Available units, the case's model first.</summary>
    public IReadOnlyList<Unit> Pool { get; init; } = [];

    public ListCursor Cursor { get; init; }

    /// <summary>The unit of another model waiting for the substitute confirmation.</summary>
    public Unit? Substituting { get; init; }

    public string Title => "Case " + Ticket;

    public string? FocusedText => null;

    public string? WantedModel => Overview?.Defective?.ModelSku;

    public Unit? Selected => CanReserve is null && Cursor.HasSelection && Cursor.Index < Pool.Count ? Pool[Cursor.Index] : null;

    /// <summary>Why no swap unit can be reserved now, or null when one can.</summary>
    public string? CanReserve => Overview switch
    {
        null => "the case is still being read",
        { Case.Kind: CaseKind.Repair } => "a repair case gets no swap unit",
        { Status: CaseStatus.Closed } => "the case is closed",
        { Swap: { } swap } => $"swap unit {swap.Identifier} is already {swap.State}",
        _ when Pool.Count == 0 => $"{Overview.Case.OwnerCode}'s pool has no Available unit",
        _ => null,
    };

    public IReadOnlyList<KeyBinding> Bindings => Substituting is { } unit
        ?
        [
            new KeyBinding("substitute", $"Yes, send a {unit.ModelSku} instead", Chord.Of('y')),
            new KeyBinding("nosubstitute", "No", [Chord.Of('n'), KeyBindings.Escape]),
        ]
        :
        [
            NavKeys.Up,
            NavKeys.Down,
            new KeyBinding("reserve", "Reserve swap", [Chord.Of('s'), KeyBindings.Enter]).DisabledWhen(CanReserve is not null, CanReserve ?? ""),
            new KeyBinding("ship", "Ship swap", Chord.Of('p')).DisabledWhen(Overview?.Swap is not { State: UnitState.Reserved },
                Overview?.Swap is { } s ? $"swap unit {s.Identifier} is {s.State}, not Reserved" : "reserve a swap unit first"),
            new KeyBinding("refresh", "Refresh", Chord.Of('r')),
        ];

    public IReadOnlyList<Command> Load() => [new LoadCase(Ticket)];

    public Step? Update(ConsoleKeyInfo key) => Dispatch.Key(this, key, command => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "reserve" when Selected is { } unit && WantedModel is { } wanted && !string.Equals(unit.ModelSku, wanted, StringComparison.OrdinalIgnoreCase) =>
            Step.Stay(this with { Substituting = unit }),
        "reserve" => Step.Run(this, new ReserveSwap(Ticket, Selected!.Identifier.Value, Substitute: false)),
        "substitute" => Step.Run(this with { Substituting = null }, new ReserveSwap(Ticket, Substituting!.Identifier.Value, Substitute: true)),
        "nosubstitute" => Step.Stay(this with { Substituting = null }),
        "ship" => Step.Run(this, new ShipSwap(Ticket)),
        _ => Step.Run(this, Load().ToArray()),
    });

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadCase.Loaded loaded => Step.Stay(this with { Overview = loaded.Overview, Pool = loaded.Pool, Cursor = Cursor.Resized(loaded.Pool.Count) }),
        CaseChanged changed => new Step(this, Load()) { Notice = changed.Notice },
        _ => Step.Stay(this),
    };
}
