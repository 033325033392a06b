namespace Depot.Core;

/// <summary>
/// What kind of refusal a <see cref="RefusedException"/> is. Callers decide what happened from the
/// code and its parameters (<see cref="RefusalKeys"/>), never from the message.
/// </summary>
public enum RefusalCode
{
    /// <summary>Any other refusal: bad input or a business rule, worded by whoever refused.</summary>
    General,

    /// <summary>The lifecycle table has no transition for the trigger from the unit's state (parameters: state, trigger, permitted).</summary>
    NotPermittedInState,

    /// <summary>The trigger is permitted from the state, but none of its guards holds (parameters: state, trigger, guards).</summary>
    GuardNotMet,

    /// <summary>A trigger whose destination the outcome chooses (Inspect, PartnerResult) came without its outcome (parameters: state, trigger, outcomes).</summary>
    OutcomeMissing,

    /// <summary>No unit has ever gone by this identifier (parameters: unit).</summary>
    UnknownUnit,

    /// <summary>The text is not a valid IMEI or serial number (parameters: text, reason; and model, pattern when it is not of the serial pattern its model declares).</summary>
    InvalidIdentifier,

    /// <summary>Another bench changed the unit between reading and writing it (parameters: unit, state: the state it is in now).</summary>
    ChangedBySomeoneElse,

    /// <summary>The unit is already where the trigger would take it, e.g. a second scan of a received unit (parameters: unit, state, trigger, since).</summary>
    AlreadyInState,
}
