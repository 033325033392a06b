namespace Depot.Core.Reconciliation;

/// <summary>A cycle count of one bin or one owner's pool. It stays open until every difference is resolved.</summary>
/// <param name="Target">The bin code or the owner code.</param>
public sealed record CountSession(long Id, CountScope Scope, string Target, DateTimeOffset OpenedAt, string OpenedBy, DateTimeOffset? ClosedAt, int Lines)
{
    public bool IsOpen => ClosedAt is null;
}
