using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>A count session as it stands now, with its differences and what the command just did.</summary>
internal sealed record CountRead(CountSession Session, IReadOnlyList<CountDifference> Differences, string? Notice = null) : Outcome;
