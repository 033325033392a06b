using Depot.Core.Billing;

namespace Depot.Core.Agreements;

/// <summary>
/// What an owner pays under its service agreement: a fee per user and month at a service level,
/// whether advance exchange (swap) is part of it, and what each replacement shipment costs in
/// freight and packaging (invoiced monthly afterwards).
/// </summary>
/// <param name="Level">The service level's name, e.g. BAS or PROF.</param>
/// <param name="FeePerUser">The fee per user (fleet device) and month; its currency is the agreement's.</param>
public sealed record AgreementTerms(string Level, Money FeePerUser, bool SwapIncluded, Money Freight, Money Packaging)
{
    /// <summary>The agreement's currency (the fee's).</summary>
    public string Currency => FeePerUser.Currency;
}
