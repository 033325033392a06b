using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Tui.Ui.Commands;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Rendering;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The service cases, newest first, with units, dates, charges and status; overdue cases stand out
/// in red and with a "!" (so they show without colour too). <c>/</c> filters, <c>o</c> shows only the
/// overdue ones, Enter opens a case, <c>n</c> opens a new one. A charge with "~" is what an
/// overdue return will cost, not yet in the ledger.
/// </summary>
internal sealed record CasesScreen : IScreen
{
    public IReadOnlyList<CaseOverview>? Cases { get; init; }

    public ListCursor Cursor { get; init; }

    public TextField Filter { get; init; } = TextField.Empty;

    public bool Filtering { get; init; }

    public bool OverdueOnly { get; init; }

    public string Title => "Cases";

    public string? FocusedText => Filtering ? Filter.Text : null;

    /// <summary>The cases the filter and the overdue switch let through.</summary>
    public IReadOnlyList<CaseOverview> Visible =>
        Cases is null ? []
        : Cases.Where(c => (!OverdueOnly || c.IsOverdue) && (Filter.IsEmpty || Matches(c, Filter.Text.Trim()))).ToArray();

    public CaseOverview? Selected => Cursor.HasSelection && Cursor.Index < Visible.Count ? Visible[Cursor.Index] : null;

    private static bool Matches(CaseOverview c, string text) =>
        new[] { c.Case.Ticket, c.Case.OwnerCode, c.Case.Kind.ToString(), c.Case.Details.Customer, c.Status.ToString() }
            .Concat(c.Units.Select(u => u.Identifier))
            .Any(f => f?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);

    public IReadOnlyList<KeyBinding> Bindings => Filtering
        ?
        [
            new KeyBinding("filtered", "Keep filter", KeyBindings.Enter),
            new KeyBinding("unfilter", "Clear filter", KeyBindings.Escape),
        ]
        :
        [
            NavKeys.Up,
            NavKeys.Down,
            new KeyBinding("open", "Open case", KeyBindings.Enter).DisabledWhen(Selected is null, "no case selected"),
            new KeyBinding("filter", "Filter", Chord.Of('/')),
            new KeyBinding("overdue", OverdueOnly ? "All cases" : "Overdue only", Chord.Of('o')),
            new KeyBinding("new", "New case", Chord.Of('n')),
            new KeyBinding("refresh", "Refresh", Chord.Of('r'), inFooter: false),
            new KeyBinding("unfilter", "Clear filter", KeyBindings.Escape, inFooter: false).DisabledWhen(Filter.IsEmpty, "no filter set"),
        ];

    public IReadOnlyList<Command> Load() => [new LoadCases()];

    public Step? Update(ConsoleKeyInfo key)
    {
        // Esc with no filter set is the shell's (back), so the disabled binding does not swallow it.
        if (!Filtering && Filter.IsEmpty && key.Key == ConsoleKey.Escape)
        {
            return null;
        }

        if (Dispatch.Key(this, key, Act) is { } step)
        {
            return step;
        }

        return Filtering && Filter.Edit(key) is { } filter
            ? Step.Stay((this with { Filter = filter }).Reselect(0))
            : null;
    }

    private Step Act(string command) => command switch
    {
        "up" => Step.Stay(this with { Cursor = Cursor.Move(-1) }),
        "down" => Step.Stay(this with { Cursor = Cursor.Move(1) }),
        "open" => new Step(this, []) { Open = new CaseScreen(Selected!.Case.Ticket) },
        "filter" => Step.Stay(this with { Filtering = true }),
        "filtered" => Step.Stay(this with { Filtering = false }),
        "unfilter" => Step.Stay((this with { Filtering = false, Filter = TextField.Empty }).Reselect(Cursor.Index)),
        "overdue" => Step.Stay((this with { OverdueOnly = !OverdueOnly }).Reselect(0)),
        "new" => new Step(this, []) { Open = new CaseFormScreen() },
        _ => Step.Run(this, new LoadCases()),
    };

    public Step Handle(Outcome outcome) => outcome switch
    {
        LoadCases.Loaded loaded => Step.Stay((this with { Cases = loaded.Cases }).Reselect(Cursor.Index)),
        _ => Step.Stay(this),
    };

    private CasesScreen Reselect(int index) => this with { Cursor = new ListCursor(index, 0).Resized(Visible.Count) };

    public IRenderable View(ViewSize size)
    {
        var rows = new List<IRenderable>();
        if (Filtering || !Filter.IsEmpty)
        {
            rows.Add(Lines.Field("Filter /", Filter.Text, Filtering));
        }

        if (Cases is null)
        {
            rows.Add(Lines.Dim("Reading…"));
            return new Rows(rows);
        }

        var visible = Visible;
        var overdue = Cases.Count(c => c.IsOverdue);
        rows.Add(new Markup($"{Look.Safe($"{visible.Count} of {Cases.Count} case(s){(OverdueOnly ? ", overdue only" : "")}")}"
            + (overdue > 0 ? "  " + Look.In(Look.Bad, $"! {overdue} overdue") : "")));
        if (visible.Count == 0)
        {
            rows.Add(Lines.Dim(OverdueOnly && Filter.IsEmpty ? "No case is overdue." : "No case matches."));
            return new Rows(rows);
        }

        var wide = size.Width >= 110;
        var room = Math.Max(1, size.Height - rows.Count - 4);
        var first = Cursor.FirstVisible(room);
        var table = wide
            ? Lines.Table("Ticket", "Owner", "Kind", "Customer", "Units", "Shipped", "Due", "Charges", "Status")
            : Lines.Table("Ticket", "Owner", "Customer", "Due", "Charges", "Status");
        for (var i = first; i < Math.Min(visible.Count, first + room); i++)
        {
            var c = visible[i];
            var style = c.IsOverdue ? Look.Bad : c.Status == CaseStatus.Closed ? Look.Dim : "default";
            string?[] cells = wide
                ? [c.Case.Ticket, c.Case.OwnerCode, Kind(c.Case.Kind), Look.Fit(c.Case.Details.Customer, 18), c.Units.Count.ToString(),
                    Date(c.Case.ShipDate), Date(c.Case.DueDate), Charges(c), Status(c)]
                : [c.Case.Ticket, c.Case.OwnerCode, Look.Fit(c.Case.Details.Customer, 11), Date(c.Case.DueDate), Charges(c), Status(c, narrow: true)];
            Lines.StyledRow(table, i == Cursor.Index, style, cells);
        }

        rows.Add(table);
        return new Rows(rows);
    }

    private static string Kind(CaseKind kind) => kind.ToString().ToLowerInvariant();

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "-";

    /// <summary>"!" marks an overdue case, so it shows without colour.</summary>
    public static string Status(CaseOverview c, bool narrow = false) =>
        c.IsOverdue ? (narrow ? $"! late {c.WorkingDaysLate}d" : $"! Overdue {c.WorkingDaysLate}d") : c.Status.ToString();

    public static string Charges(CaseOverview c) =>
        c.Charges.Count > 0 ? ChargeLedger.Total(c.Charges) : c.PendingCharge is { } pending ? $"~{pending}" : "-";
}
