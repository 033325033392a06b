using Depot.Core.Cases;
using Depot.Core.Receiving;
using Depot.Core.Units;

namespace Depot.Tui.Ui.Commands;

/// <summary>One unit with everything the unit and inspect screens show about it.</summary>
internal sealed record UnitDetail(
    Unit Unit,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<UnitEvent> History,
    ServiceCase? Case,
    DockCoverage Coverage,
    string Currency,
    DateTimeOffset Now);
