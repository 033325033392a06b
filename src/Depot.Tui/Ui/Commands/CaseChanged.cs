using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>A case's swap unit was reserved or shipped; what happened, for the message line.</summary>
internal sealed record CaseChanged(string Ticket, string Notice) : Outcome;
