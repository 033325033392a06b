namespace Depot.Tui.Ui.Shell;

/// <summary>The depot said no (bad input, a rule, someone else changed the unit); nothing changed. <see cref="Code"/> says which.</summary>
internal sealed record Refused(Command Command, string Message, Depot.Core.RefusalCode Code = Depot.Core.RefusalCode.General) : Outcome;
