using Depot.Core.Units;

namespace Depot.Core.Dashboard;

/// <summary>One unit on the repair board, with the partner of its latest repair order (if it ever had one).</summary>
public sealed record RepairBoardLine(Unit Unit, string? Partner);
