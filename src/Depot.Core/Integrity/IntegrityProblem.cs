namespace Depot.Core.Integrity;

/// <summary>One unit whose stored state is not what its events say.</summary>
public sealed record IntegrityProblem(long UnitId, string Identifier, string Problem);
