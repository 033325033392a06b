using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Input;

namespace Depot.Tui.Ui.Screens;

/// <summary>A destructive action being asked for: first its reason, then a yes or no.</summary>
internal sealed record Confirmation(Trigger Trigger, TextField Reason, bool Asking = false)
{
    public string Verb => Trigger == Trigger.Scrap ? "Scrap" : "Mark lost";
}
