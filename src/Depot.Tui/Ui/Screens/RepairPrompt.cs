using Depot.Tui.Ui.Input;

namespace Depot.Tui.Ui.Screens;

/// <summary>What the repair board is asking for: a partner name, a partner's result, or a quote amount.</summary>
internal sealed record RepairPrompt(RepairPromptKind Kind, TextField Text)
{
    public static RepairPrompt Partner => new(RepairPromptKind.Partner, new TextField("", 40));

    public static RepairPrompt Result => new(RepairPromptKind.Result, TextField.Empty);

    public static RepairPrompt Quote => new(RepairPromptKind.Quote, TextField.Empty);
}
