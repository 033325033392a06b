namespace Depot.Core.Billing;

/// <summary>Why a case owes money.</summary>
public enum ChargeKind
{
    /// <summary>The customer declined a quote: the diagnostic fee (a setting, 20 EUR by default).</summary>
    DiagnosticFee,

    /// <summary>The customer approved a quote for a fault nothing covers: the quoted amount.</summary>
    Quote,

    /// <summary>The swap unit's retail price: its return was overdue, or the returned unit was not covered and the user keeps the swap unit.</summary>
    RetailPrice,
}
