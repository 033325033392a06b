namespace Depot.Tui.Ui.Screens;

/// <summary>The reports the Reports screen switches between.</summary>
internal enum ReportView
{
    /// <summary>Cases per month and the selected month's outcomes and turnaround.</summary>
    Quality,

    /// <summary>Swaps whose defective unit came back late or not at all, with their cost.</summary>
    LateReturns,

    /// <summary>The owner's billing basis of one month, with totals per currency.</summary>
    Billing,

    /// <summary>Partner repairs and the units that came back inside their repair warranty, per partner and per model, over every month or one.</summary>
    RepeatRepairs,
}
