namespace Depot.Core.Storage.Rows;

/// <summary>One physical device and its current state (the fold of its events).</summary>
public sealed class UnitRow : IVersionedRow
{
    /// <summary>Units of one state, longest in it first.</summary>
    public static readonly IndexSpec ByState = new("units_state", nameof(StateKey), IndexKeyType.Text);

    /// <summary>
    /// Units of one owner in one state, longest in it first (lists filtered by owner, an owner's
    /// units in one state: a range over "owner|state|"). No index of owner and state alone: every
    /// change of state moves a unit in each of its indexes, and each costs the receive pages.
    /// </summary>
    public static readonly IndexSpec ByOwnerStateSince = new("units_owner_state_since", nameof(OwnerStateSinceKey), IndexKeyType.Text);

    /// <summary>Units on one shelf bin (a bin count), the bin upper-cased; empty without a bin.</summary>
    public static readonly IndexSpec ByBin = new("units_bin", nameof(BinKey), IndexKeyType.Text);

    public long Id { get; set; }

    public string Identifier { get; set; } = "";

    /// <summary>"Imei" or "Serial".</summary>
    public string IdentifierKind { get; set; } = "Imei";

    public long? OwnerId { get; set; }

    public long? ModelId { get; set; }

    public string State { get; set; } = "";

    public string? Grade { get; set; }

    public string? Bin { get; set; }

    public DateOnly? Purchased { get; set; }

    public DateOnly? WarrantyUntil { get; set; }

    public DateOnly? CarePlanUntil { get; set; }

    public bool Unannounced { get; set; }

    public long Version { get; set; }

    public DateTimeOffset StateSince { get; set; }

    /// <summary>The latest case linked to the unit is a repair-only case.</summary>
    public bool RepairCase { get; set; }

    /// <summary>State, then the instant it was entered: a range over one state is in waiting order.</summary>
    public string StateKey => State + "|" + StoreKeys.Instant(StateSince);

    /// <summary>Owner id (empty when unknown), state, then the instant it was entered.</summary>
    public string OwnerStateSinceKey => StoreKeys.Id(OwnerId) + "|" + State + "|" + StoreKeys.Instant(StateSince);

    public string BinKey => (Bin ?? "").ToUpperInvariant();
}
