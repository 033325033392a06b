using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class CaseFormScreenTests
{
    private static UiSession Fill(UiSession ui, params string[] values)
    {
        foreach (var v in values)
        {
            ui.Press(Keys.Ctrl('u')).Type(v).Press(Keys.Down);
        }

        return ui;
    }

    [Fact]
    public void Form_opens_the_case_and_announces_the_device_with_the_diagnosis_answers()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new CasesScreen(b)).Press(Keys.Char('n'));
        Assert.IsType<CaseFormScreen>(ui.Top);
        Fill(ui, "SR-20", "ACME", "loan", Imeis.Make(20), "IP15", "Eve", "cracked", "+46 1", "eve@x.se", "y", "charger").Press(Keys.Ctrl('s'));
        Assert.Equal("SR-20", ui.TopAs<CaseScreen>().Overview!.Case.Ticket);
        Assert.Contains("case SR-20 opened", ui.Message);
        ui.Press(Keys.Esc);
        Assert.Contains(ui.TopAs<CasesScreen>().Cases!, c => c.Case.Ticket == "SR-20");
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
        var ui = depot.Open(b => new CaseFormScreen(b)).Type("SR-21").Press(Keys.Enter, Keys.Enter);
        var form = ui.TopAs<CaseFormScreen>();
        Assert.Equal(2, form.Focus);
        ui.Press(Keys.Up);
        Assert.Equal(1, form.Focus);
        ui.Type("ACME").Press(Keys.Enter, Keys.Enter).Type(Imeis.Make(21)).Press(Keys.Enter).Type("IP15").Press(Keys.Enter).Type("Flo").Press(Keys.Enter)
            .Type("wet").Press(Keys.Enter, Keys.Enter, Keys.Enter, Keys.Enter);
        Assert.Equal(10, form.Focus);
        ui.Press(Keys.Enter);
        Assert.NotNull(new CaseService(depot.Context).Find("SR-21"));
    }

    [Fact]
    public void Refusals_keep_the_form_filled_in_and_say_why()
    {
        using var depot = new UiTestDepot();
        var ui = Fill(depot.Open(b => new CaseFormScreen(b)), "SR-22", "NOPE", "swap", Imeis.Make(22), "IP15", "Gus", "dead").Press(Keys.Ctrl('s'));
        Assert.True(ui.MessageIsRefusal);
        Assert.Contains("NOPE", ui.Message);
        var form = ui.TopAs<CaseFormScreen>();
        Assert.Equal("SR-22", form.Value(0));
        Assert.Null(new CaseService(depot.Context).Find("SR-22"));

        ui.Press(Keys.Up, Keys.Up, Keys.Up, Keys.Up, Keys.Up, Keys.Ctrl('u')).Type("swop").Press(Keys.Ctrl('s'));
        Assert.Contains("Kind: swap, repair or loan", ui.Message);
        Assert.Equal(2, form.Focus);

        ui = Fill(depot.Open(b => new CaseFormScreen(b)), "SR-23", "ACME", "swap", Imeis.Make(23), "IP15", "Hal", "dead", "", "", "maybe").Press(Keys.Ctrl('s'));
        Assert.Contains("SIM removed: y or n", ui.Message);
    }

    [Fact]
    public void Esc_cancels_the_form_without_opening_anything()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new CasesScreen(b)).Press(Keys.Char('n')).Type("SR-24").Press(Keys.Esc);
        Assert.IsType<CasesScreen>(ui.Top);
        Assert.Null(new CaseService(depot.Context).Find("SR-24"));
    }
}
