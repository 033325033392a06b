using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One count session. The scan field has focus: a scan and Enter count the unit (at scanner speed,
/// as at the dock). Tab moves to the differences, where each is resolved with a key, a value when
/// it needs one and a reason (mark lost says the unit leaves the pool); <c>e</c> ends the session once nothing is open.
/// </summary>
internal sealed class CountScreen : Screen
{
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

    private readonly TextPanel _header;
    private readonly TextPanel _scanLabel;
    private readonly TextField _scan;
    private readonly TextPanel _hint;
    private readonly Table<CountDifference> _table;

    public CountScreen(Bench bench, long sessionId)
        : base(bench)
    {
        SessionId = sessionId;
        _header = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _scanLabel = new TextPanel(bench.Look) { X = 0, Y = 1, Width = 6, Height = 1 };
        _scanLabel.Set(new TextLine("Scan:", Tone.Heading));
        _scan = new TextField { X = 6, Y = 1, Width = 32 };
        _scan.TextChanged += (_, _) => Changed();
        _hint = new TextPanel(bench.Look) { X = 0, Y = 2, Height = 2, Wrap = true, Indent = 2 };
        _table = new Table<CountDifference>(bench.Look,
            ("Difference", d => Kind(d.Kind)),
            ("Unit", d => d.Identifier),
            ("System says", d => d.Expected),
            ("Count says", d => d.Counted),
            ("Resolution", d => d.ResolvedBy ?? "open"))
        {
            X = 0,
            Y = 4,
            RowTone = d => d.IsResolved ? Tone.Dim : Tone.Normal,
            Optional = ["Resolution"],
        };
        _table.ValueChanged += (_, _) => DrawHint();
        _table.HasFocusChanged += (_, _) =>
        {
            DrawHint();
            Changed();
        };
        Add(_header, _scanLabel, _scan, _hint, _table);
    }

    public long SessionId { get; }

    public override string Heading => $"Count {SessionId}";

    public CountSession? Session { get; private set; }

    public IReadOnlyList<CountDifference> Differences { get; private set; } = [];

    /// <summary>The differences list has focus instead of the scan field.</summary>
    public bool OnList => _table.HasFocus;

    public CountDifference? Selected => OnList ? _table.Selected : null;

    public int OpenDifferences => Differences.Count(d => !d.IsResolved);

    public TextField Scan => _scan;

    public Table<CountDifference> List => _table;

    public override TextField? ScanField => OnList || Session?.IsOpen != true ? null : _scan;

    public override IReadOnlyList<KeyBinding> Bindings
    {
        get
        {
            var open = Session?.IsOpen == true;
            if (!OnList)
            {
                return
                [
                    new KeyBinding("Count", Chord.Enter, Count).DisabledWhen(!open, "this count session is closed")
                        .DisabledWhen(open && _scan.Text.Length == 0, "scan or type an IMEI or serial first"),
                    new KeyBinding("Differences", Chord.Tab, () => _table.SetFocus()),
                    new KeyBinding("Clear field", Chord.Control('u'), () => _scan.Text = "") { InStatusBar = false },
                ];
            }

            return
            [
                .. _table.NavigationBindings(),
                .. ResolutionKeys.Select(k => Resolve(k.Resolution, k.Key, k.Label)),
                new KeyBinding("End count", Chord.Of('e'), Close).DisabledWhen(!open, "this count session is closed")
                    .DisabledWhen(open && OpenDifferences > 0, $"{OpenDifferences} still open"),
                new KeyBinding("Scan", [Chord.Tab], () => _scan.SetFocus()).DisabledWhen(!open, "this count session is closed"),
                new KeyBinding("Refresh", Chord.Of('r'), Load) { InStatusBar = false },
            ];
        }
    }

    public override void FocusFirst()
    {
        if (Session?.IsOpen == false)
        {
            _table.SetFocus();
        }
        else
        {
            _scan.SetFocus();
        }
    }

    public override void Scanned(string text)
    {
        if (Session?.IsOpen == true)
        {
            _scan.Text = text;
            Count();
        }
        else
        {
            base.Scanned(text);
        }
    }

    public override void Escape()
    {
        // Esc on the list goes back to the scan field first, then to the sessions.
        if (OnList && Session?.IsOpen == true)
        {
            _scan.SetFocus();
            Changed();
            return;
        }

        Bench.Back();
    }

    public override void Load() => Read(null);

    public static string Kind(DifferenceKind kind) => kind switch
    {
        DifferenceKind.ExpectedNotCounted => "not counted",
        DifferenceKind.CountedNotExpected => "not expected",
        DifferenceKind.WrongOwner => "wrong owner",
        DifferenceKind.WrongModel => "wrong model",
        DifferenceKind.WrongState => "wrong state",
        _ => "scanned twice",
    };

    private KeyBinding Resolve(Resolution resolution, char key, string label)
    {
        // The status bar shows only what fits the selected difference; the help lists every key and why not.
        var binding = new KeyBinding(label, Chord.Of(key), () => AskResolution(Selected!, resolution));
        binding = Selected switch
        {
            null => binding with { DisabledBecause = "no difference selected" },
            { IsResolved: true } => binding with { DisabledBecause = "already resolved" },
            _ when Session?.IsOpen != true => binding with { DisabledBecause = "this count session is closed" },
            { } d => binding.DisabledWhen(!d.Allowed.Contains(resolution), "not for this difference"),
        };
        return binding with { InStatusBar = binding.Enabled };
    }

    private void Count()
    {
        var scan = _scan.Text.Trim();
        _scan.Text = "";
        if (Bench.Try(() => new CountService(Bench.Depot).Scan(SessionId, scan)) is not { } line)
        {
            return;
        }

        Read(null);
        var twice = Differences.Any(d => d.Kind == DifferenceKind.ScannedTwice && d.Identifier == line.Identifier && !d.IsResolved);
        if (twice)
        {
            Bench.Warn($"{line.Identifier}: scanned twice in this count");
        }
        else
        {
            Bench.Say($"{line.Identifier}: counted");
        }
    }

    private void Close()
    {
        if (Bench.Try(() => new CountService(Bench.Depot).Close(SessionId)) is not null)
        {
            Read($"count session {SessionId} closed");
        }
    }

    private void AskResolution(CountDifference d, Resolution resolution)
    {
        var fields = new List<QuestionField>();
        var needsValue = resolution is Resolution.MoveBin or Resolution.CorrectOwner or Resolution.CorrectModel;
        if (needsValue)
        {
            fields.Add(new QuestionField(resolution switch
            {
                Resolution.MoveBin => "Move to bin (empty: the bin it was counted in)",
                Resolution.CorrectOwner => "Owner it belongs to (empty: the counted pool's owner)",
                _ => "Model it is",
            }));
        }

        fields.Add(new QuestionField("Reason (kept with the resolution)"));
        var lines = new List<TextLine> { new($"{d.Identifier} ({Kind(d.Kind)}): system says {d.Expected}; count says {d.Counted}.") };
        if (resolution == Resolution.MarkLost)
        {
            lines.Add(new TextLine($"Mark {d.Identifier} lost: it leaves the pool (→ Lost).", Tone.Warn));
        }

        Bench.Ask(new Question($"{resolution} {d.Identifier}", lines, resolution == Resolution.MarkLost ? "Mark it lost" : $"Resolve: {resolution}", values =>
        {
            var value = needsValue && values[0].Length > 0 ? values[0] : null;
            var reason = values[^1];
            if (resolution == Resolution.CorrectModel && value is null)
            {
                Bench.Warn("type the model SKU");
                return false;
            }

            if (reason.Length == 0)
            {
                Bench.Warn("say why: every resolution keeps its reason");
                return false;
            }

            if (Bench.Try(() => new CountService(Bench.Depot).Resolve(SessionId, d.Identifier, d.Kind, resolution, reason, value)) is { } resolved)
            {
                Read($"{d.Identifier} {d.Kind}: {resolved.ResolvedBy}");
            }

            return true;
        })
        {
            Fields = fields,
        });
    }

    private void Read(string? notice)
    {
        var counts = new CountService(Bench.Depot);
        if (!Bench.Try(() => (Session, Differences) = (counts.Require(SessionId), counts.Differences(SessionId))))
        {
            return;
        }

        _table.Rows = Differences;
        var s = Session!;
        _header.Set(TextLine.Of(($"Count {s.Id} ", Tone.Heading), ($"{CountService.Describe(s)} · {s.Lines} scan(s) · ", Tone.Normal),
            s.IsOpen ? ($"{OpenDifferences} open difference(s)", OpenDifferences > 0 ? Tone.Warn : Tone.Good) : ($"closed {Bench.Time.Instant(s.ClosedAt)}", Tone.Dim)));
        _scanLabel.Visible = s.IsOpen;
        _scan.Visible = s.IsOpen;
        if (!s.IsOpen && _scan.HasFocus)
        {
            _table.SetFocus();
        }

        DrawHint();
        if (notice is not null)
        {
            Bench.Say(notice);
        }

        Changed();
    }

    private void DrawHint()
    {
        if (Differences.Count == 0)
        {
            _hint.Set(new TextLine(Session?.Lines == 0 ? "Nothing counted yet." : "No differences: the count matches the system.", Tone.Dim));
            return;
        }

        _hint.Set(Selected is { } d
            ? new TextLine($"{d.Identifier}: system {d.Expected}; count {d.Counted}" + (d.ResolvedBy is { } how ? $"; {how}" : $"; can be: {string.Join(", ", d.Allowed)}"), Tone.Dim)
            : new TextLine(OnList ? "Pick a difference and resolve it; Tab back to the scan field." : "Tab: the differences, to resolve them.", Tone.Dim));
    }
}
