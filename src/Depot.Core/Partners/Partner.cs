namespace Depot.Core.Partners;

/// <summary>A repair partner: its code (as on repair orders and result files) and name.</summary>
public sealed record Partner(string Code, string Name, DateTimeOffset AddedAt, string AddedBy);
