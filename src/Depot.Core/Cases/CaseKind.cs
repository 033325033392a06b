namespace Depot.Core.Cases;

/// <summary>What kind of service a case is.</summary>
public enum CaseKind
{
    /// <summary>Advance exchange: a pool unit ships first, the defective one comes back.</summary>
    Swap,

    /// <summary>Send-in repair: the user's own unit is repaired and returned.</summary>
    Repair,

    /// <summary>A loan unit while the user's own is away.</summary>
    Loan,
}
