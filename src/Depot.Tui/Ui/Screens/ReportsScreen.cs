using Depot.Core.Reports;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The quality report of one owner (←/→ picks the owner): cases per month as bars, the selected
/// month's outcome breakdown and median turnaround; <c>t</c> switches to the late returns and what
/// each will cost.
/// </summary>
internal sealed partial record ReportsScreen : IScreen
{
    public IReadOnlyList<string> Owners { get; init; } = [];

    public string? Owner { get; init; }

    public IReadOnlyList<QualityReportRow>? Rows { get; init; }

    public IReadOnlyList<OverdueReturnRow> Overdue { get; init; } = [];

    /// <summary>The selected month (quality) or late return (returns).</summary>
    public ListCursor Cursor { get; init; }

    public bool ShowingReturns { get; init; }

    public string Title => "Reports";

    public string? FocusedText => null;

    public QualityReportRow? Month => !ShowingReturns && Rows is { } r && Cursor.HasSelection && Cursor.Index < r.Count ? r[Cursor.Index] : null;

    public IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding("prevowner", "Owner", [Chord.Of(ConsoleKey.LeftArrow, "←"), Chord.Of('h')]).DisabledWhen(Owners.Count < 2, "only one owner"),
        new KeyBinding("nextowner", "Owner", [Chord.Of(ConsoleKey.RightArrow, "→"), Chord.Of('l')], InFooter: false).DisabledWhen(Owners.Count < 2, "only one owner"),
        NavKeys.Up,
        NavKeys.Down,
        new KeyBinding("toggle", ShowingReturns ? "Quality" : "Late returns", Chord.Of('t')),
        new KeyBinding("refresh", "Refresh", Chord.Of('r')),
    ];

    public IReadOnlyList<Command> Load() => [new LoadReports(Owner)];

    public Step? Update(ConsoleKeyInfo key) => Dispatch.Key(this, key, command => command switch
    {
        "prevowner" => Step.Run(this, new LoadReports(Next(-1))),
        "nextowner" => Step.Run(this, new LoadReports(Next(1))),
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "toggle" => Step.Stay((this with { ShowingReturns = !ShowingReturns }).Reselect(true)),
        _ => Step.Run(this, Load().ToArray()),
    });

    private string Next(int delta)
    {
        var at = Owner is null ? 0 : Math.Max(0, Owners.ToList().IndexOf(Owner));
        return Owners[(at + delta + Owners.Count) % Owners.Count];
    }

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadReports.Loaded loaded => Step.Stay((this with { Owners = loaded.Owners, Owner = loaded.Owner, Rows = loaded.Rows, Overdue = loaded.Overdue })
            .Reselect(loaded.Owner != Owner)),
        _ => Step.Stay(this),
    };

    /// <summary>A fresh list starts at the latest month (or the latest return); a refresh keeps the selection.</summary>
    private ReportsScreen Reselect(bool fresh)
    {
        var count = ShowingReturns ? Overdue.Count : Rows?.Count ?? 0;
        return this with { Cursor = fresh ? new ListCursor(ShowingReturns ? 0 : count - 1, 0).Resized(count) : Cursor.Resized(count) };
    }
}
