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
}
