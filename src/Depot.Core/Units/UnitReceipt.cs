using Depot.Core.Cases;
using Depot.Core.Coverage;

namespace Depot.Core.Units;

/// <summary>
/// What one receive decided on and wrote, so the dock shows it without reading the unit again: the
/// receipt event, the unit as the receipt left it, the case it came back for (as the receipt read
/// it; receiving changes none of its fields) and what covers it on the day of receipt.
/// </summary>
internal sealed record UnitReceipt(UnitEvent Event, Unit Unit, ServiceCase? Case, CoverageOnDate Coverage);
