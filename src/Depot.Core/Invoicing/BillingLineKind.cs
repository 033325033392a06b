namespace Depot.Core.Invoicing;

/// <summary>What a line of the monthly billing basis bills for.</summary>
public enum BillingLineKind
{
    /// <summary>The service fee: fleet × fee per user, prorated by day when the fleet or the terms change.</summary>
    ServiceFee,

    /// <summary>Freight of one swap shipment.</summary>
    Freight,

    /// <summary>Packaging of one swap shipment.</summary>
    Packaging,

    /// <summary>A case's diagnostic fee (a declined quote).</summary>
    DiagnosticFee,

    /// <summary>A case's approved quote for a fault nothing covers.</summary>
    Quote,

    /// <summary>A swap unit's retail price (a late return, or a unit not covered and kept).</summary>
    RetailPrice,

    /// <summary>Held, not billed: the retail price of a swap unit whose defective unit has not come back yet.</summary>
    Pending,
}
