namespace Depot.Core.Reconciliation;

/// <summary>One counted unit as a cycle-count import parsed it: where, what, when, by whom.</summary>
/// <param name="Counted">When it was counted; null means now.</param>
/// <param name="Counter">Who counted; null means the operator.</param>
public sealed record CycleCountRow(string Bin, string Imei, DateTimeOffset? Counted = null, string? Counter = null);
