using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// One case: end user, fault, diagnosis answers, units with their states, dates and the charges.
/// For a swap or loan case without a swap unit it lists the owner's Available units (the case's
/// model first) to reserve one; another model is reserved only as a confirmed substitute. A
/// reserved swap unit ships from here. Both ask first and say what they move.
/// </summary>
internal sealed class CaseScreen : Screen
{
    private readonly TextPanel _detail;
    private readonly Table<Unit> _pool;

    public CaseScreen(Bench bench, string ticket)
        : base(bench)
    {
        Ticket = ticket;
        _detail = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1, Wrap = true, Indent = 2 };
        _pool = new Table<Unit>(bench.Look,
            ("Reserve from the pool", u => u.Identifier.Value),
            ("Model", u => (u.ModelSku ?? "?") + (IsSubstitute(u) ? " (substitute)" : "")),
            ("Grade", u => u.Grade ?? "-"),
            ("Bin", u => u.Bin ?? "-"))
        {
            X = 0,
            Y = 1,
            RowTone = u => IsSubstitute(u) ? Tone.Dim : Tone.Normal,
        };
        Add(_detail, _pool);
    }

    public string Ticket { get; }

    public override string Heading => "Case " + Ticket;

    public CaseOverview? Overview { get; private set; }

    /// <summary>The owner's Available units, the case's model first.</summary>
    public IReadOnlyList<Unit> Pool { get; private set; } = [];

    public string? WantedModel => Overview?.Defective?.ModelSku;

    public Table<Unit> PoolTable => _pool;

    /// <summary>Why no swap unit can be reserved now, or null when one can.</summary>
    public string? CanReserve => Overview switch
    {
        null => "the case is still being read",
        { Case.Kind: CaseKind.Repair } => "a repair case gets no swap unit",
        { Status: CaseStatus.Closed } => "the case is closed",
        { Swap: { } swap } => $"swap unit {swap.Identifier} is already {swap.State}",
        _ when Pool.Count == 0 => $"{Overview.Case.OwnerCode}'s pool has no Available unit",
        _ => null,
    };

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        .. _pool.NavigationBindings(),
        new KeyBinding("Reserve swap", [Chord.Of('s'), Chord.Enter], Reserve).DisabledWhen(CanReserve is not null, CanReserve ?? ""),
        new KeyBinding("Ship swap", Chord.Of('p'), Ship).DisabledWhen(Overview?.Swap is not { State: UnitState.Reserved },
            Overview?.Swap is { } s ? $"swap unit {s.Identifier} is {s.State}, not Reserved" : "reserve a swap unit first"),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    public override void FocusFirst() => _pool.SetFocus();

    public override void Load()
    {
        var read = Bench.Try(() =>
        {
            var overview = new CaseService(Bench.Depot).Overview(Ticket);
            var wanted = overview.Defective?.ModelSku;
            Pool = new UnitService(Bench.Depot).List(new UnitFilter(UnitState.Available, overview.Case.OwnerCode, Limit: 500))
                .OrderBy(u => string.Equals(u.ModelSku, wanted, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(u => u.Grade).ThenBy(u => u.StateSince).ToList();
            Overview = overview;
        });
        if (read)
        {
            Draw();
        }
    }

    private bool IsSubstitute(Unit u) => WantedModel is { } wanted && !string.Equals(u.ModelSku, wanted, StringComparison.OrdinalIgnoreCase);

    private void Reserve()
    {
        var unit = _pool.Selected!;
        var substitute = IsSubstitute(unit);
        var lines = new List<TextLine>
        {
            new($"{unit.Identifier} ({unit.ModelSku}, grade {unit.Grade ?? "-"}, bin {unit.Bin ?? "-"}) leaves {unit.OwnerCode}'s pool for case {Ticket}: Available → Reserved."),
        };
        if (substitute)
        {
            lines.Add(new TextLine($"It is a {unit.ModelSku}; the case's device is a {WantedModel}. Yes sends the other model as a substitute.", Tone.Warn));
        }

        Bench.Ask(new Question($"Reserve {unit.Identifier} for case {Ticket}?", lines, substitute ? $"Yes, send a {unit.ModelSku} instead" : "Yes, reserve", _ =>
        {
            if (Bench.Try(() => new CaseService(Bench.Depot).ReserveSwap(Ticket, unit.Identifier.Value, substitute)) is { } change)
            {
                Bench.Say($"{unit.Identifier} reserved for case {Ticket}{(substitute ? " (substitute model)" : "")}: {change.From} → {change.To}");
                Load();
            }

            return true;
        }));
    }

    private void Ship()
    {
        var swap = Overview!.Swap!;
        Bench.Ask(new Question($"Ship {swap.Identifier} for case {Ticket}?",
            [new TextLine($"Swap unit {swap.Identifier} ({swap.ModelSku}) leaves the depot to the user: Reserved → WithUser. The case gets its ship date and the date the defective unit is due back.")],
            "Yes, ship", _ =>
            {
                var cases = new CaseService(Bench.Depot);
                if (Bench.Try(() => cases.ShipSwap(Ticket)) is not null && Bench.Try(() => cases.Require(Ticket)) is { } shipped)
                {
                    Bench.Say($"case {Ticket}: swap unit shipped {DepotTime.Date(shipped.ShipDate)}, return due {DepotTime.Date(shipped.DueDate)}");
                    Load();
                }

                return true;
            }));
    }

    private void Draw()
    {
        var o = Overview!;
        var c = o.Case;
        var d = c.Details;
        var lines = new List<TextLine>
        {
            TextLine.Of((c.Ticket, Tone.Heading), ($"  {c.OwnerCode} · {c.Kind.ToString().ToLowerInvariant()} · opened {Bench.Time.Instant(c.OpenedAt)}  ", Tone.Normal),
                (CasesScreen.Status(o), o.IsOverdue ? Tone.Bad : o.Status == CaseStatus.Closed ? Tone.Dim : Tone.Good)),
            new($"{d.Customer ?? "-"}  {d.Phone}  {d.Email}  {d.Address}".TrimEnd()),
            new($"Fault: {d.Fault ?? "-"}"),
            new($"Shipped {DepotTime.Date(c.ShipDate)} · due back {DepotTime.Date(c.DueDate)}"
                + (o.WorkingDaysLate > 0 ? $" · {o.WorkingDaysLate} working day(s) late" : "")
                + (o.PendingCharge is { } p ? $" · will cost {p}" : "")),
        };
        if (d.Diagnosis is { Count: > 0 } answers)
        {
            lines.Add(new TextLine("Diagnosis: " + string.Join(" · ", answers.Select(a => $"{a.Key.Replace('_', ' ')}: {a.Value}"))));
        }

        if (o.Coverage is { } coverage)
        {
            lines.Add(new TextLine("Coverage: " + coverage.Describe(), Tone.Dim));
        }

        lines.Add(new TextLine("Units", Tone.Heading));
        lines.AddRange(o.Units.Select(u => new TextLine($"  {u.Role,-10} {u.Identifier,-16} {u.ModelSku ?? "?",-10} {u.State}")));
        lines.Add(new TextLine(o.Charges.Count == 0 ? "Charges: none" : "Charges", o.Charges.Count == 0 ? Tone.Dim : Tone.Heading));
        lines.AddRange(o.Charges.Select(ch => new TextLine($"  {ch.Kind,-14} {ch.Amount,14}  {ch.Reason} ({Bench.Time.Instant(ch.At)})")));
        if (CanReserve is { } why && o.Case.Kind != CaseKind.Repair)
        {
            lines.Add(new TextLine($"Swap: {why}", Tone.Dim));
        }

        _detail.Lines = lines;
        var width = Math.Max(20, Frame.Width > 0 ? Frame.Width : 80);
        var rows = _detail.RowsText(width).Count;
        _detail.Height = rows;
        _pool.Y = rows;
        _pool.Visible = CanReserve is null;
        _pool.Rows = CanReserve is null ? Pool : [];
        Changed();
    }
}
