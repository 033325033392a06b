using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CountScreenTests
{
    [Fact]
    public void b_starts_a_bin_count_and_opens_it_with_the_scan_field_focused()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var state = depot.Press(depot.Open(new CountsScreen()), [Keys.Char('b')], Keys.Text("A-01"), [Keys.Enter]);
        var count = Assert.IsType<CountScreen>(state.Top);
        Assert.Equal("", count.FocusedText);
        Assert.Equal("A-01", count.Session!.Target);
        Assert.Equal(4, count.Differences.Count(d => d.Kind == DifferenceKind.ExpectedNotCounted));
        state = depot.Press(state, Keys.Esc);
        Assert.Equal(1, Assert.Single(((CountsScreen)state.Top).Sessions!).Id);
    }

    [Fact]
    public void w_starts_an_owner_count_Esc_cancels_and_a_refusal_is_a_message()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CountsScreen()), [Keys.Char('w'), Keys.Esc]);
        Assert.Null(((CountsScreen)state.Top).Starting);
        state = depot.Press(state, [Keys.Char('w')], Keys.Text("NOPE"), [Keys.Enter]);
        Assert.True(state.MessageIsRefusal);
        Assert.Contains("NOPE", state.Message);
        state = depot.Press(state, [Keys.Ctrl('u')], Keys.Text("ACME"), [Keys.Enter]);
        Assert.Equal(CountScope.Owner, Assert.IsType<CountScreen>(state.Top).Session!.Scope);
        state = depot.Press(state, Keys.Esc, Keys.Char('j'), Keys.Char('k'), Keys.Char('r'), Keys.Enter);
        Assert.IsType<CountScreen>(state.Top);
    }

    [Fact]
    public void Scans_at_scanner_speed_count_and_a_second_scan_says_so()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var state = depot.Open(new CountScreen(session.Id));
        foreach (var i in new[] { 0, 1, 2, 3 })
        {
            state = depot.Press(state, Keys.Text(CaseStock.Pool(i)), [Keys.Enter]);
        }

        var count = (CountScreen)state.Top;
        Assert.Equal(4, count.Session!.Lines);
        Assert.DoesNotContain(count.Differences, d => d.Kind == DifferenceKind.ExpectedNotCounted);
        state = depot.Press(state, Keys.Text(CaseStock.Pool(0)), [Keys.Enter]);
        Assert.Contains("scanned twice", state.Message);
        Assert.Contains(((CountScreen)state.Top).Differences, d => d.Kind == DifferenceKind.ScannedTwice);
        state = depot.Press(state, Keys.Text(Imeis.Broken(1)), [Keys.Enter]);
        Assert.True(state.MessageIsRefusal);
        Assert.Equal("", ((CountScreen)state.Top).Scan.Text);
    }

    [Fact]
    public void Mark_lost_asks_for_a_reason_and_a_confirmation_n_changes_nothing()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var state = depot.Press(depot.Open(new CountScreen(session.Id)), Keys.Tab);
        var identifier = ((CountScreen)state.Top).Selected!.Identifier;
        state = depot.Press(state, [Keys.Char('l')], Keys.Text("not on shelf"), [Keys.Enter]);
        Assert.Equal(ResolvingStage.Confirm, ((CountScreen)state.Top).Resolving!.Stage);
        Assert.Contains("It leaves the pool", UiTestDepot.Render(state));
        state = depot.Press(state, Keys.Char('n'));
        Assert.Equal(UnitState.Available, depot.Units.Require(identifier).State);
        state = depot.Press(state, [Keys.Char('l')], Keys.Text("not on shelf"), [Keys.Enter, Keys.Char('y')]);
        Assert.Equal(UnitState.Lost, depot.Units.Require(identifier).State);
        Assert.Contains("MarkLost", state.Message);
        Assert.True(((CountScreen)state.Top).Differences.Single(d => d.Identifier == identifier).IsResolved);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
    }

    [Fact]
    public void Each_difference_resolves_with_its_key_and_e_ends_the_count_when_nothing_is_open()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var counts = new CountService(depot.Context);
        var session = counts.Start(CountScope.Bin, "A-01");
        counts.Scan(session.Id, CaseStock.Pool(0));
        counts.Scan(session.Id, CaseStock.Pool(0));
        var state = depot.Press(depot.Open(new CountScreen(session.Id)), Keys.Tab);
        state = depot.Press(state, Keys.Char('e'));
        Assert.Contains("still open", state.Message);
        state = depot.Press(state, Keys.Char('f'));
        Assert.Contains("not for this difference", state.Message);

        // Every open difference: move the uncounted to another bin, dismiss the double scan.
        while (((CountScreen)state.Top).Differences.FirstOrDefault(d => !d.IsResolved) is { } open)
        {
            var index = ((CountScreen)state.Top).Differences.ToList().IndexOf(open);
            var cursor = ((CountScreen)state.Top).Cursor.Index;
            state = depot.Press(state, Enumerable.Repeat(index > cursor ? Keys.Down : Keys.Up, Math.Abs(index - cursor)).ToArray());
            state = open.Kind == DifferenceKind.ExpectedNotCounted
                ? depot.Press(state, [Keys.Char('m')], Keys.Text("B-02"), [Keys.Enter], Keys.Text("found on B-02"), [Keys.Enter])
                : depot.Press(state, [Keys.Char('x')], Keys.Text("scanned by mistake"), [Keys.Enter]);
            Assert.False(state.MessageIsRefusal, state.Message);
        }

        Assert.Equal("B-02", depot.Units.Require(CaseStock.Pool(1)).Bin);
        state = depot.Press(state, Keys.Char('e'));
        Assert.False(((CountScreen)state.Top).Session!.IsOpen);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
        state = depot.Press(state, Keys.Tab, Keys.Enter);
        Assert.Contains("closed", state.Message);
    }

    [Fact]
    public void Correcting_owner_and_model_take_a_value_and_Esc_cancels_a_resolution()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var state = depot.Press(depot.Open(new CountScreen(session.Id)), [Keys.Tab], [Keys.Char('c')]);
        Assert.Contains("not for this difference", state.Message);
        state = depot.Press(state, Keys.Char('o'));
        Assert.Contains("not for this difference", state.Message);
        state = depot.Press(state, Keys.Char('m'));
        Assert.Equal(ResolvingStage.Value, ((CountScreen)state.Top).Resolving!.Stage);
        state = depot.Press(state, Keys.Esc);
        Assert.Null(((CountScreen)state.Top).Resolving);
        state = depot.Press(state, Keys.Esc);
        Assert.Equal("", ((CountScreen)state.Top).FocusedText);
        state = depot.Press(state, Keys.Esc);
        Assert.IsType<HomeScreen>(state.Top);
    }
}
