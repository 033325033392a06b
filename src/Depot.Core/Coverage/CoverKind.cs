namespace Depot.Core.Coverage;

/// <summary>What can pay for a repair.</summary>
public enum CoverKind
{
    /// <summary>The manufacturer's warranty (one year from purchase unless the unit says otherwise).</summary>
    Warranty,

    /// <summary>A care plan bought for the unit.</summary>
    CarePlan,

    /// <summary>A service voucher linked to the unit's IMEI.</summary>
    Voucher,

    /// <summary>
    /// The service warranty of the unit's last repair: the repaired fault is covered from the passed
    /// quality check for the repair warranty days, or up to the warranty or care plan if later.
    /// </summary>
    RepairWarranty,
}
