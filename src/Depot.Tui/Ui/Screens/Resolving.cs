using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Input;

namespace Depot.Tui.Ui.Screens;

/// <summary>A count difference being resolved: first the bin, owner or model (for a correction), then the reason, then (to mark lost) a yes.</summary>
internal sealed record Resolving(CountDifference Difference, Resolution Resolution, ResolvingStage Stage, TextField Value, TextField Reason)
{
    public static Resolving Start(CountDifference difference, Resolution resolution) =>
        new(difference, resolution, NeedsValue(resolution) ? ResolvingStage.Value : ResolvingStage.Reason, new TextField("", 40), new TextField("", 80));

    public static bool NeedsValue(Resolution resolution) => resolution is Resolution.MoveBin or Resolution.CorrectOwner or Resolution.CorrectModel;

    public string ValueLabel => Resolution switch
    {
        Resolution.MoveBin => "Move to bin (empty: the bin it was counted in):",
        Resolution.CorrectOwner => "Owner it belongs to (empty: the counted pool's owner):",
        _ => "Model it is:",
    };
}
