using Depot.Core.Lifecycle;

namespace Depot.Core.Dashboard;

/// <summary>One unit scanned in at the dock: when, by whom, where it went (Received or Quarantine) and for which case.</summary>
public sealed record Receipt(long EventId, long UnitId, string Identifier, DateTimeOffset At, string Operator, UnitState To, string? CaseTicket);
