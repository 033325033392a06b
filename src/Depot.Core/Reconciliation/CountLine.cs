namespace Depot.Core.Reconciliation;

/// <summary>One scan in a count session.</summary>
public sealed record CountLine(long Id, long SessionId, string Identifier, string? Bin, DateTimeOffset CountedAt, string Counter);
