using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CountScreenTests
{
    [Fact]
    public void b_starts_a_bin_count_and_opens_it_with_the_scan_field_focused()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var ui = depot.Open(b => new CountsScreen(b)).Press(Keys.Char('b')).Type("A-01").Press(Keys.Enter);
        var count = ui.TopAs<CountScreen>();
        Assert.Same(count.Scan, count.FocusedField);
        Assert.Equal("A-01", count.Session!.Target);
        Assert.Equal(4, count.Differences.Count(d => d.Kind == DifferenceKind.ExpectedNotCounted));
        ui.Press(Keys.Esc);
        Assert.Equal(1, Assert.Single(ui.TopAs<CountsScreen>().Sessions!).Id);
    }

    [Fact]
    public void w_starts_an_owner_count_Esc_cancels_and_a_refusal_is_a_message()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new CountsScreen(b)).Press(Keys.Char('w'), Keys.Esc);
        Assert.Null(ui.Dialog);
        ui.Press(Keys.Char('w')).Type("NOPE").Press(Keys.Enter);
        Assert.True(ui.MessageIsRefusal);
        Assert.Contains("NOPE", ui.Message);
        ui.Press(Keys.Ctrl('u')).Type("ACME").Press(Keys.Enter);
        Assert.Equal(CountScope.Owner, ui.TopAs<CountScreen>().Session!.Scope);
        ui.Press(Keys.Esc, Keys.Char('j'), Keys.Char('k'), Keys.Char('r'), Keys.Enter);
        Assert.IsType<CountScreen>(ui.Top);
    }

    [Fact]
    public void Scans_at_scanner_speed_count_and_a_second_scan_says_so()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var ui = depot.Open(b => new CountScreen(b, session.Id));
        foreach (var i in new[] { 0, 1, 2, 3 })
        {
            ui.Scan(CaseStock.Pool(i));
        }

        var count = ui.TopAs<CountScreen>();
        Assert.Equal(4, count.Session!.Lines);
        Assert.DoesNotContain(count.Differences, d => d.Kind == DifferenceKind.ExpectedNotCounted);
        ui.Scan(CaseStock.Pool(0));
        Assert.Contains("scanned twice", ui.Message);
        Assert.Contains(count.Differences, d => d.Kind == DifferenceKind.ScannedTwice);
        ui.Scan(Imeis.Broken(1));
        Assert.True(ui.MessageIsRefusal);
        Assert.Equal("", count.Scan.Text);
    }

    [Fact]
    public void Mark_lost_asks_for_a_reason_and_says_the_unit_leaves_the_pool_Esc_changes_nothing()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var ui = depot.Open(b => new CountScreen(b, session.Id)).Press(Keys.Tab);
        var identifier = ui.TopAs<CountScreen>().Selected!.Identifier;
        ui.Press(Keys.Char('l')).Type("not on shelf");
        Assert.Contains("it leaves the pool", ui.Screen());
        ui.Press(Keys.Esc);
        Assert.Equal(UnitState.Available, depot.Units.Require(identifier).State);
        ui.Press(Keys.Char('l')).Type("not on shelf").Press(Keys.Enter);
        Assert.Equal(UnitState.Lost, depot.Units.Require(identifier).State);
        Assert.Contains("MarkLost", ui.Message);
        Assert.True(ui.TopAs<CountScreen>().Differences.Single(d => d.Identifier == identifier).IsResolved);
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
        var ui = depot.Open(b => new CountScreen(b, session.Id)).Press(Keys.Tab, Keys.Char('e'));
        Assert.Contains("still open", ui.Message);
        ui.Press(Keys.Char('f'));
        Assert.Contains("not for this difference", ui.Message);
        var screen = ui.TopAs<CountScreen>();
        while (screen.Differences.FirstOrDefault(d => !d.IsResolved) is { } open)
        {
            var index = screen.Differences.ToList().IndexOf(open);
            var cursor = screen.List.SelectedIndex;
            ui.Press(Enumerable.Repeat(index > cursor ? Keys.Down : Keys.Up, Math.Abs(index - cursor)).ToArray());
            if (open.Kind == DifferenceKind.ExpectedNotCounted)
            {
                ui.Press(Keys.Char('m')).Type("B-02").Press(Keys.Enter).Type("found on B-02").Press(Keys.Enter);
            }
            else
            {
                ui.Press(Keys.Char('x')).Type("scanned by mistake").Press(Keys.Enter);
            }

            Assert.False(ui.MessageIsRefusal, ui.Message);
        }

        Assert.Equal("B-02", depot.Units.Require(CaseStock.Pool(1)).Bin);
        ui.Press(Keys.Char('e'));
        Assert.False(screen.Session!.IsOpen);
        Assert.Contains("closed", ui.Message);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
    }

    [Fact]
    public void Correcting_owner_and_model_take_a_value_and_Esc_goes_back_step_by_step()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        var ui = depot.Open(b => new HomeScreen(b)).Press(Keys.F(10), Keys.Enter, Keys.Tab, Keys.Char('c'));
        Assert.Contains("not for this difference", ui.Message);
        ui.Press(Keys.Char('o'));
        Assert.Contains("not for this difference", ui.Message);
        ui.Press(Keys.Char('m'));
        Assert.IsType<AskDialog>(ui.Dialog);
        ui.Press(Keys.Esc);
        Assert.Null(ui.Dialog);
        ui.Press(Keys.Esc);
        var count = ui.TopAs<CountScreen>();
        Assert.Same(count.Scan, count.FocusedField);
        ui.Press(Keys.Esc);
        Assert.IsType<CountsScreen>(ui.Top);
        Assert.Equal(session.Id, ui.TopAs<CountsScreen>().Sessions![0].Id);
    }
}
