using System.Globalization;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Cycle counts: the sessions, open ones first (an open session stays until every difference is
/// resolved). Enter opens one to scan and resolve; <c>b</c> starts counting a bin, <c>w</c> an owner's whole pool.
/// </summary>
internal sealed class CountsScreen : Screen
{
    private readonly TextPanel _top;
    private readonly Table<CountSession> _table;

    public CountsScreen(Bench bench)
        : base(bench)
    {
        _top = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _table = new Table<CountSession>(bench.Look,
            ("#", s => s.Id.ToString(CultureInfo.InvariantCulture)),
            ("Counting", CountService.Describe),
            ("Opened", s => bench.Time.Instant(s.OpenedAt)),
            ("By", s => s.OpenedBy),
            ("Scans", s => s.Lines.ToString(CultureInfo.InvariantCulture)),
            ("Status", s => s.IsOpen ? "open" : $"closed {bench.Time.Instant(s.ClosedAt)}"))
        {
            X = 0,
            Y = 1,
            RowTone = s => s.IsOpen ? Tone.Warn : Tone.Dim,
        };
        Add(_top, _table);
    }

    public override string Heading => "Count";

    public override bool IsMain => true;

    public IReadOnlyList<CountSession>? Sessions { get; private set; }

    public CountSession? Selected => _table.Selected;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        .. _table.NavigationBindings(),
        new KeyBinding("Open session", Chord.Enter, () => Bench.Open(new CountScreen(Bench, Selected!.Id))).DisabledWhen(Selected is null, "no count session yet"),
        new KeyBinding("Count a bin", Chord.Of('b'), () => Start(CountScope.Bin)),
        new KeyBinding("Count an owner", Chord.Of('w'), () => Start(CountScope.Owner)),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    public override void FocusFirst() => _table.SetFocus();

    public override void Load()
    {
        if (Bench.Try(() => new CountService(Bench.Depot).Sessions().OrderBy(s => s.IsOpen ? 0 : 1).ThenByDescending(s => s.Id).ToList()) is not { } sessions)
        {
            return;
        }

        Sessions = sessions;
        _table.Rows = sessions;
        _top.Set(new TextLine(sessions.Count == 0
            ? "No count sessions yet: b counts a bin, w an owner's pool."
            : "A count per bin or per owner: scan what is on the shelf, then resolve every difference.", Tone.Dim));
        Changed();
    }

    private void Start(CountScope scope) => Bench.Ask(new Question(
        scope == CountScope.Bin ? "Count a bin" : "Count an owner's pool",
        [new TextLine("A new count session opens; scan what is there, then resolve each difference.")],
        "Start count",
        values =>
        {
            if (values[0].Length == 0)
            {
                Bench.Warn(scope == CountScope.Bin ? "type the bin code" : "type the owner code");
                return false;
            }

            if (Bench.Try(() => new CountService(Bench.Depot).Start(scope, values[0])) is not { } session)
            {
                return false;
            }

            Bench.Later(() => Bench.Open(new CountScreen(Bench, session.Id)));
            return true;
        })
    {
        Fields = [new QuestionField(scope == CountScope.Bin ? "Bin" : "Owner")],
    });
}
