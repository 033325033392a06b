using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One count session. The scan field has focus: a scan and Enter count the unit (at scanner speed,
/// as at the dock). Tab moves to the differences, where each is resolved with a key and a reason
/// (mark lost asks to confirm); <c>e</c> ends the session once nothing is open.
/// </summary>
internal sealed partial record CountScreen(long SessionId) : IScreen
{
    public CountSession? Session { get; init; }

    public IReadOnlyList<CountDifference> Differences { get; init; } = [];

    public TextField Scan { get; init; } = TextField.Empty;

    /// <summary>The differences list has focus instead of the scan field.</summary>
    public bool OnList { get; init; }

    public ListCursor Cursor { get; init; }

    public Resolving? Resolving { get; init; }

    public string Title => $"Count {SessionId}";

    public string? FocusedText => Resolving switch
    {
        { Stage: ResolvingStage.Value } r => r.Value.Text,
        { Stage: ResolvingStage.Reason } r => r.Reason.Text,
        { } => null,
        _ => OnList ? null : Scan.Text,
    };

    public CountDifference? Selected => OnList && Cursor.HasSelection && Cursor.Index < Differences.Count ? Differences[Cursor.Index] : null;

    public int OpenDifferences => Differences.Count(d => !d.IsResolved);

    private static readonly (Resolution Resolution, char Key, string Label)[] ResolutionKeys =
    [
        (Resolution.Found, 'f', "Found"),
        (Resolution.MarkLost, 'l', "Mark lost"),
        (Resolution.Receive, 'v', "Receive"),
        (Resolution.MoveBin, 'm', "Move bin"),
        (Resolution.CorrectOwner, 'o', "Owner"),
        (Resolution.CorrectModel, 'c', "Model"),
        (Resolution.Dismiss, 'x', "Dismiss"),
    ];

    public IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            switch (Resolving)
            {
                case { Stage: ResolvingStage.Confirm } r:
                    return
                    [
                        new KeyBinding("confirm", $"Yes, mark {r.Difference.Identifier} lost", Chord.Of('y')),
                        new KeyBinding("cancel", "No", [Chord.Of('n'), KeyBindings.Escape]),
                    ];
                case { Stage: ResolvingStage.Value } r:
                    return
                    [
                        new KeyBinding("value", "Next", KeyBindings.Enter).DisabledWhen(r.Resolution == Resolution.CorrectModel && r.Value.IsEmpty, "type the model SKU"),
                        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
                    ];
                case { } r:
                    return
                    [
                        new KeyBinding("reason", r.Resolution == Resolution.MarkLost ? "Next" : "Resolve", KeyBindings.Enter).DisabledWhen(r.Reason.IsEmpty, "say why: every resolution keeps its reason"),
                        new KeyBinding("cancel", "Cancel", KeyBindings.Escape),
                    ];
            }

            var open = Session?.IsOpen == true;
            if (!OnList)
            {
                return
                [
                    new KeyBinding("scan", "Count", KeyBindings.Enter).DisabledWhen(!open, "this count session is closed")
                        .DisabledWhen(open && Scan.IsEmpty, "scan or type an IMEI or serial first"),
                    new KeyBinding("list", "Differences", Chord.Of(ConsoleKey.Tab, "Tab")),
                    new KeyBinding("clear", "Clear field", Chord.Control('u'), inFooter: false),
                ];
            }

            return
            [
                NavKeys.Up,
                NavKeys.Down,
                .. ResolutionKeys.Select(k => Resolve(k.Resolution, k.Key, k.Label)),
                new KeyBinding("close", "End count", Chord.Of('e')).DisabledWhen(!open, "this count session is closed")
                    .DisabledWhen(open && OpenDifferences > 0, $"{OpenDifferences} still open"),
                new KeyBinding("scanfield", "Scan", [Chord.Of(ConsoleKey.Tab, "Tab"), KeyBindings.Escape]),
                new KeyBinding("refresh", "Refresh", Chord.Of('r'), inFooter: false),
            ];
        }
    }

    private KeyBinding Resolve(Resolution resolution, char key, string label)
    {
        // The footer shows only what fits the selected difference; the help lists every key and why not.
        var binding = new KeyBinding("resolve:" + resolution, label, Chord.Of(key));
        binding = Selected switch
        {
            null => binding with { DisabledBecause = "no difference selected" },
            { IsResolved: true } => binding with { DisabledBecause = "already resolved" },
            _ when Session?.IsOpen != true => binding with { DisabledBecause = "this count session is closed" },
            { } d => binding.DisabledWhen(!d.Allowed.Contains(resolution), "not for this difference"),
        };
        return binding with { InFooter = binding.Enabled };
    }

    public IReadOnlyList<Command> Load() => [new LoadCount(SessionId)];

    public Step? Update(ConsoleKeyInfo key)
    {
        // Esc on the scan field is the shell's (back to the sessions).
        if (Resolving is null && !OnList && key.Key == ConsoleKey.Escape)
        {
            return null;
        }

        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        switch (Resolving)
        {
            case { Stage: ResolvingStage.Value } r when r.Value.Edit(key) is { } value:
                return Step.Stay(this with { Resolving = r with { Value = value } });
            case { Stage: ResolvingStage.Reason } r when r.Reason.Edit(key) is { } reason:
                return Step.Stay(this with { Resolving = r with { Reason = reason } });
            case null when !OnList && !(key.KeyChar == '?' && Scan.IsEmpty) && Scan.Edit(key) is { } scan:
                return Step.Stay(this with { Scan = scan });
            default:
                return null;
        }
    }

    private Step Act(string command)
    {
        if (command.StartsWith("resolve:", StringComparison.Ordinal))
        {
            return Step.Stay(this with { Resolving = Screens.Resolving.Start(Selected!, Enum.Parse<Resolution>(command["resolve:".Length..])) });
        }

        var r = Resolving;
        return command switch
        {
            "scan" => Step.Run(this with { Scan = Scan.Clear() }, new ScanCount(SessionId, Scan.Text)),
            "clear" => Step.Stay(this with { Scan = Scan.Clear() }),
            "list" => Step.Stay(this with { OnList = true }),
            "scanfield" => Step.Stay(this with { OnList = false }),
            "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
            "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
            "value" => Step.Stay(this with { Resolving = r! with { Stage = ResolvingStage.Reason } }),
            "reason" when r!.Resolution == Resolution.MarkLost => Step.Stay(this with { Resolving = r with { Stage = ResolvingStage.Confirm } }),
            "reason" or "confirm" => Step.Run(this with { Resolving = null }, new ResolveDifference(SessionId, r!.Difference.Identifier, r.Difference.Kind,
                r.Resolution, r.Reason.Text.Trim(), r.Value.IsEmpty ? null : r.Value.Text.Trim())),
            "cancel" => Step.Stay(this with { Resolving = null }),
            "close" => Step.Run(this, new CloseCount(SessionId)),
            _ => Step.Run(this, Load().ToArray()),
        };
    }

    public Step Handle(Outcome outcome) => outcome switch
    {
        CountRead read when read.Session.Id == SessionId => new Step(this with
        {
            Session = read.Session,
            Differences = read.Differences,
            Cursor = Cursor.Resized(read.Differences.Count),
        }, [])
        { Notice = read.Notice },
        _ => Step.Stay(this),
    };
}
