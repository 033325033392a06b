namespace Depot.Core.Agreements;

/// <summary>
/// One dated version of an owner's agreement: the terms in force from <paramref name="EffectiveFrom"/>
/// until the next version. A bill for a month uses the terms in force on each of its days.
/// </summary>
public sealed record Agreement(string OwnerCode, DateOnly EffectiveFrom, AgreementTerms Terms, DateTimeOffset RecordedAt, string Operator);
