namespace Depot.Tui.Ui.Shell;

/// <summary>The depot said no (bad input, a rule, someone else changed the unit); nothing changed.</summary>
internal sealed record Refused(Command Command, string Message) : Outcome;
