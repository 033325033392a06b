using Depot.Core.Lifecycle;

namespace Depot.Core.Units;

/// <summary>Which units a list shows.</summary>
public sealed record UnitFilter(UnitState? State = null, string? OwnerCode = null, string? ModelSku = null, int Limit = 1000);
