using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>A change went through: the event it wrote.</summary>
internal sealed record UnitChanged(string Identifier, UnitEvent Event) : Outcome;
