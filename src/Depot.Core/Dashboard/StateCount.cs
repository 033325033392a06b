using Depot.Core.Lifecycle;

namespace Depot.Core.Dashboard;

/// <summary>How many units are in one state right now.</summary>
public sealed record StateCount(UnitState State, int Count);
