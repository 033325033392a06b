using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Cycle counts: the sessions, open ones first (an open session stays visible until every
/// difference is resolved). Enter opens one to scan and resolve; <c>b</c> starts counting a bin,
/// <c>w</c> an owner's whole pool.
/// </summary>
internal sealed record CountsScreen : IScreen
{
    public IReadOnlyList<CountSession>? Sessions { get; init; }

    public ListCursor Cursor { get; init; }

    /// <summary>The scope of the count being started while its bin or owner is typed.</summary>
    public CountScope? Starting { get; init; }

    public TextField Target { get; init; } = new("", 40);

    public string Title => "Count";

    public string? FocusedText => Starting is null ? null : Target.Text;

    public CountSession? Selected => Sessions is { } s && Cursor.HasSelection && Cursor.Index < s.Count ? s[Cursor.Index] : null;

    public IReadOnlyList<KeyBinding> Bindings => Starting is { } scope
        ?
        [
            new KeyBinding("start", "Start count", KeyBindings.Enter).DisabledWhen(Target.IsEmpty, scope == CountScope.Bin ? "type the bin code" : "type the owner code"),
            new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
        ]
        :
        [
            NavKeys.Up,
            NavKeys.Down,
            new KeyBinding("open", "Open session", KeyBindings.Enter).DisabledWhen(Selected is null, "no count session yet"),
            new KeyBinding("bin", "Count a bin", Chord.Of('b')),
            new KeyBinding("owner", "Count an owner", Chord.Of('w')),
            new KeyBinding("refresh", "Refresh", Chord.Of('r')),
        ];

    public IReadOnlyList<Command> Load() => [new LoadCounts()];

    public Step? Update(ConsoleKeyInfo key)
    {
        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        return Starting is not null && Target.Edit(key) is { } edited ? Step.Stay(this with { Target = edited }) : null;
    }

    private Step Act(string command) => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "open" => new Step(this, []) { Open = new CountScreen(Selected!.Id) },
        "bin" => Step.Stay(this with { Starting = CountScope.Bin, Target = Target.Clear() }),
        "owner" => Step.Stay(this with { Starting = CountScope.Owner, Target = Target.Clear() }),
        "start" => Step.Run(this, new StartCount(Starting!.Value, Target.Text.Trim())),
        "cancel" => Step.Stay(this with { Starting = null }),
        _ => Step.Run(this, new LoadCounts()),
    };

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadCounts.Loaded loaded => Step.Stay(this with { Sessions = loaded.Sessions, Cursor = Cursor.Resized(loaded.Sessions.Count) }),
        StartCount.Started started => new Step(this with { Starting = null }, []) { Open = new CountScreen(started.Session.Id) },
        _ => Step.Stay(this),
    };

    public IRenderable View(ViewSize size)
    {
        var rows = new List<IRenderable>();
        rows.Add(Starting is { } scope
            ? Lines.Field(scope == CountScope.Bin ? "Count bin:" : "Count owner's pool:", Target.Text, focused: true)
            : Lines.Dim("A count per bin or per owner: scan what is on the shelf, then resolve every difference."));
        if (Sessions is null)
        {
            rows.Add(Lines.Dim("Reading…"));
            return new Rows(rows);
        }

        if (Sessions.Count == 0)
        {
            rows.Add(Lines.Dim("No count sessions yet: b counts a bin, w an owner's pool."));
            return new Rows(rows);
        }

        var room = Math.Max(1, size.Height - 5);
        var first = Cursor.FirstVisible(room);
        var table = Lines.Table("#", "Counting", "Opened", "By", "Scans", "Status");
        for (var i = first; i < Math.Min(Sessions.Count, first + room); i++)
        {
            var s = Sessions[i];
            Lines.StyledRow(table, i == Cursor.Index, s.IsOpen ? Look.Warn : Look.Dim,
                s.Id.ToString(), CountService.Describe(s), s.OpenedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm"), s.OpenedBy, s.Lines.ToString(),
                s.IsOpen ? "open" : $"closed {s.ClosedAt!.Value.ToLocalTime():yyyy-MM-dd}");
        }

        rows.Add(table);
        return new Rows(rows);
    }
}
