using Depot.Core.Lifecycle;

namespace Depot.Core.Units;

/// <summary>One immutable line of the audit trail.</summary>
/// <param name="From"><see cref="UnitState.None"/> for the event that made the unit known.</param>
/// <param name="Details">What the operator recorded: outcome, reason, quote, partner, note.</param>
public sealed record UnitEvent(
    long Id,
    long UnitId,
    DateTimeOffset At,
    string Operator,
    Trigger Trigger,
    UnitState From,
    UnitState To,
    string? CaseTicket,
    IReadOnlyDictionary<string, string> Details);
