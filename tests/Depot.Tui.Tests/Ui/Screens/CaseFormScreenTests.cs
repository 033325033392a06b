using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CaseFormScreenTests
{
    private static IEnumerable<ConsoleKeyInfo> Fill(params string[] values) =>
        values.SelectMany((v, i) => new[] { Keys.Ctrl('u') }.Concat(Keys.Text(v)).Append(Keys.Down));

    [Fact]
    public void Form_opens_the_case_and_announces_the_device_with_the_diagnosis_answers()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CasesScreen()), Keys.Char('n'));
        Assert.IsType<CaseFormScreen>(state.Top);
        state = depot.Press(state, Fill("SR-20", "ACME", "loan", Imeis.Make(20), "IP15", "Eve", "cracked", "+46 1", "eve@x.se", "y", "charger"));
        state = depot.Press(state, Keys.Ctrl('s'));
        Assert.Equal("SR-20", Assert.IsType<CaseScreen>(state.Top).Overview!.Case.Ticket);
        Assert.Contains("case SR-20 opened", state.Message);
        state = depot.Press(state, Keys.Esc);
        Assert.Equal("SR-20", Assert.IsType<CasesScreen>(state.Top).Cases![0].Case.Ticket);
        var opened = new CaseService(depot.Context).Require("SR-20");
        Assert.Equal(CaseKind.Loan, opened.Kind);
        Assert.Equal("yes", opened.Details.Diagnosis!["sim_removed"]);
        Assert.Equal("charger", opened.Details.Diagnosis["accessories"]);
        Assert.Equal(UnitState.Announced, depot.Units.Require(Imeis.Make(20)).State);
    }

    [Fact]
    public void Enter_moves_to_the_next_field_Up_goes_back_and_Enter_on_the_last_submits()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CaseFormScreen()), Keys.Text("SR-21"), [Keys.Enter, Keys.Enter]);
        Assert.Equal(2, ((CaseFormScreen)state.Top).Focus);
        state = depot.Press(state, Keys.Up);
        Assert.Equal(1, ((CaseFormScreen)state.Top).Focus);
        state = depot.Press(state, Keys.Text("ACME"), [Keys.Enter, Keys.Enter], Keys.Text(Imeis.Make(21)), [Keys.Enter], Keys.Text("IP15"),
            [Keys.Enter], Keys.Text("Flo"), [Keys.Enter], Keys.Text("wet"), [Keys.Enter, Keys.Enter, Keys.Enter, Keys.Enter]);
        Assert.Equal(10, ((CaseFormScreen)state.Top).Focus);
        state = depot.Press(state, Keys.Enter);
        Assert.NotNull(new CaseService(depot.Context).Find("SR-21"));
    }

    [Fact]
    public void Refusals_keep_the_form_filled_in_and_say_why()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CaseFormScreen()), Fill("SR-22", "NOPE", "swap", Imeis.Make(22), "IP15", "Gus", "dead"));
        state = depot.Press(state, Keys.Ctrl('s'));
        Assert.True(state.MessageIsRefusal);
        Assert.Contains("NOPE", state.Message);
        var form = Assert.IsType<CaseFormScreen>(state.Top);
        Assert.Equal("SR-22", form.Value(0));
        Assert.Null(new CaseService(depot.Context).Find("SR-22"));

        state = depot.Press(state, [Keys.Up, Keys.Up, Keys.Up, Keys.Up, Keys.Up, Keys.Ctrl('u')], Keys.Text("swop"), [Keys.Ctrl('s')]);
        Assert.Contains("Kind: swap, repair or loan", state.Message);
        Assert.Equal(2, ((CaseFormScreen)state.Top).Focus);

        state = depot.Press(depot.Open(new CaseFormScreen()), Fill("SR-23", "ACME", "swap", Imeis.Make(23), "IP15", "Hal", "dead", "", "", "maybe"));
        state = depot.Press(state, Keys.Ctrl('s'));
        Assert.Contains("SIM removed: y or n", state.Message);
    }

    [Fact]
    public void Esc_cancels_the_form_without_opening_anything()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new CasesScreen()), [Keys.Char('n')], Keys.Text("SR-24"), [Keys.Esc]);
        Assert.IsType<CasesScreen>(state.Top);
        Assert.Null(new CaseService(depot.Context).Find("SR-24"));
    }
}
