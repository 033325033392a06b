namespace Depot.Core.Lifecycle;

/// <summary>Why a fault is not covered, recorded with a <see cref="InspectionOutcome.NotCovered"/> inspection.</summary>
public enum NotCoveredReason
{
    /// <summary>Scratches, dents or cracks that do not stop the device working.</summary>
    Cosmetic,

    /// <summary>Liquid damage.</summary>
    Liquid,

    /// <summary>Opened or altered by someone other than an authorised repairer.</summary>
    Tamper,

    /// <summary>Damage from use the device was not made for.</summary>
    Misuse,

    /// <summary>Worn out by normal use (battery, buttons, connectors).</summary>
    Wear,
}
