using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Invoicing;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class ReportsScreenTests
{
    [Fact]
    public void Shows_cases_per_month_and_the_late_returns_with_their_cost()
    {
        using var depot = new UiTestDepot();
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var ui = depot.Open(b => new ReportsScreen(b), 120, 40);
        var screen = ui.TopAs<ReportsScreen>();
        Assert.Equal("ACME", screen.Owner);
        Assert.Equal(5, screen.Rows!.Sum(r => r.CasesOpened));
        Assert.Equal("2026-12", screen.Month!.Month);
        var text = ui.Screen();
        Assert.Matches(@"2026-11 +█+·*\s+5", text);
        Assert.Contains("No fault found", text);
        ui.Press(Keys.Char('k'), Keys.Up);
        Assert.Equal("2026-11", screen.Month!.Month);
        ui.Press(Keys.Char('j'), Keys.Down, Keys.Char('t'));
        text = ui.Screen();
        Assert.Contains("SR-1", text);
        Assert.Contains("9495.00 SEK", text);
        Assert.Contains("! out", text);
        ui.Press(Keys.Char('t'));
        Assert.False(screen.ShowingReturns);
    }

    [Fact]
    public void Left_and_right_pick_the_owner_and_with_one_owner_say_why_not()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReportsScreen(b)).Press(Keys.Char('l'));
        Assert.Contains("only one owner", ui.Message);
        new Catalog(depot.Context).AddOwner("BETA", "Beta AB", 10);
        ui.Press(Keys.Char('r'), Keys.Char('l'));
        var screen = ui.TopAs<ReportsScreen>();
        Assert.Equal("BETA", screen.Owner);
        Assert.Contains("BETA has no cases yet", ui.Screen());
        ui.Press(Keys.Char('h'));
        Assert.Equal("ACME", screen.Owner);
        ui.Press(Keys.Left);
        Assert.Equal("BETA", screen.Owner);
        ui.Press(Keys.Right);
        Assert.Equal("ACME", screen.Owner);
    }

    /// <summary>ACME on PROF terms from 1 Nov (39 SEK a user, 95 SEK freight, 25 SEK packaging), SR-1's swap shipped 20 Nov.</summary>
    private static UiTestDepot Billed()
    {
        var depot = new UiTestDepot();
        new AgreementService(depot.Context).Set("ACME",
            new AgreementTerms("PROF", new Money(39m, "SEK"), true, new Money(95m, "SEK"), new Money(25m, "SEK")), new DateOnly(2026, 11, 1));
        CaseStock.Add(depot);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1", CaseStock.Pool(0));
        cases.ShipSwap("SR-1");
        return depot;
    }

    [Fact]
    public void B_shows_the_billing_basis_of_the_month_with_totals_per_currency_at_120x40()
    {
        using var depot = Billed();
        var ui = depot.Open(b => new ReportsScreen(b), 120, 40);
        var screen = ui.TopAs<ReportsScreen>();

        ui.Press(Keys.Char('b'));

        Assert.Equal(ReportView.Billing, screen.View);
        Assert.Equal(new DateOnly(2026, 11, 1), screen.BillingMonth);
        var basis = new BillingService(depot.Context).Basis("ACME", new DateOnly(2026, 11, 1));
        Assert.Equal(basis.Lines.Concat(basis.Pending), screen.BillingLines.Rows);
        Assert.Equal([BillingLineKind.ServiceFee, BillingLineKind.Freight, BillingLineKind.Packaging], basis.Lines.Select(l => l.Kind));
        var text = ui.Screen();
        Assert.Contains("Billing 2026-11 for ACME", text);
        Assert.Matches(@"2026-11-20 +freight +SR-1 +95\.00 SEK +" + CaseStock.Pool(0) + " +Freight, swap unit", text);
        Assert.Matches(@"2026-11-20 +packaging +SR-1 +25\.00 SEK", text);
        Assert.Contains($"Total {string.Join(" · ", basis.Totals)}  (3 line(s))", text);
        Assert.Contains("Held  nothing: no swap waits for its defective unit", text);
        Assert.Matches(@"\[ +Month before │ \] +Month after", text);
    }

    [Fact]
    public void Brackets_pick_the_billing_month_and_b_goes_back_to_quality_at_80x24()
    {
        using var depot = Billed();
        var ui = depot.Open(b => new ReportsScreen(b));
        var screen = ui.TopAs<ReportsScreen>();

        ui.Press(Keys.Char('b'), Keys.Char('['));

        Assert.Equal(new DateOnly(2026, 10, 1), screen.BillingMonth);
        var text = ui.Screen();
        Assert.Contains("Billing 2026-10 for ACME", text);
        Assert.Contains("Nothing to bill ACME for 2026-10.", text);

        ui.Press(Keys.Char(']'));
        text = ui.Screen();
        Assert.Contains("Billing 2026-11 for ACME", text);
        Assert.Matches(@"2026-11-20 +freight +SR-1 +95\.00 SEK", text);
        // At 80 columns the optional unit column gives way; the description still names the unit.
        Assert.Matches(@"95\.00 SEK +Freight, swap unit", ui.Rows().Single(l => l.Contains("freight", StringComparison.Ordinal)));
        Assert.Contains("Total ", text);

        ui.Press(Keys.Char('b'));
        Assert.Equal(ReportView.Quality, screen.View);
        Assert.Contains("Cases opened per month", ui.Screen());
    }

    /// <summary>
    /// Three partner repairs passed quality check in November 2026 (SR-1's and SR-4's units by NORDREP,
    /// SR-3's by BOARDLAB), and SR-1's unit, shipped as SR-2's swap, came back on SR-6 inside its repair warranty.
    /// </summary>
    private static UiTestDepot Repeated()
    {
        var depot = new UiTestDepot();
        var again = RepairedUnit.Add(depot);
        var units = depot.Units;
        foreach (var (i, partner) in new[] { (3, "BOARDLAB"), (4, "NORDREP") })
        {
            var id = UiTestDepot.Announced(i);
            units.Receive(id);
            units.Inspect(id, InspectionOutcome.CoveredFault);
            units.SendToPartner(id, partner);
            units.PartnerResult(id, PartnerOutcome.Repaired);
            units.PassQc(id);
        }

        new CaseService(depot.Context).Open("SR-6", "ACME", CaseKind.Swap, new CaseDetails(Customer: "Bo", Fault: "screen cracked again"));
        units.Announce(again, "SR-6", null);
        units.Receive(again);
        return depot;
    }

    [Fact]
    public void E_shows_the_repeat_repairs_per_partner_and_model_with_the_total_at_120x40()
    {
        using var depot = Repeated();
        var ui = depot.Open(b => new ReportsScreen(b), 120, 40);
        var screen = ui.TopAs<ReportsScreen>();

        ui.Press(Keys.Char('e'));

        Assert.Equal(ReportView.RepeatRepairs, screen.View);
        Assert.Null(screen.RepeatMonth);
        Assert.Equal(
            [new RepeatRepairRow("partner", "BOARDLAB", 1, 0, 0m), new RepeatRepairRow("partner", "NORDREP", 2, 1, 0.5m), new RepeatRepairRow("model", "IP15", 3, 1, 0.333m)],
            screen.RepeatLines.Rows);
        var text = ui.Screen();
        Assert.Contains("Repeat repairs, all months · every owner", text);
        Assert.Matches(@"By +Name +Repairs +Repeats +Rate", text);
        Assert.Matches(@"partner +BOARDLAB +1 +0 +0\.0%", text);
        Assert.Matches(@"partner +NORDREP +2 +1 +50\.0%", text);
        Assert.Matches(@"model +IP15 +3 +1 +33\.3%", text);
        Assert.Contains("Total 3 repair(s), 1 repeat(s), rate 33.3%", text);
        Assert.DoesNotContain("Owner ACME", text);
        Assert.Matches(@"e +Quality", text);

        ui.Press(Keys.Char('l'));
        Assert.Contains("whole depot's", ui.Message);
        ui.Press(Keys.Char('e'));
        Assert.Equal(ReportView.Quality, screen.View);
        Assert.Contains("Owner ACME", ui.Screen());
    }

    [Fact]
    public void Brackets_pick_the_repeat_repairs_month_and_a_goes_back_to_every_month_at_80x24()
    {
        using var depot = Repeated();
        var ui = depot.Open(b => new ReportsScreen(b));
        var screen = ui.TopAs<ReportsScreen>();

        ui.Press(Keys.Char('e'));
        var text = ui.Screen();
        Assert.Matches(@"partner +NORDREP +2 +1 +50\.0%", text);
        Assert.Matches(@"model +IP15 +3 +1 +33\.3%", text);
        Assert.Contains("Total 3 repair(s), 1 repeat(s), rate 33.3%", text);
        // The way back fits the status bar at 80 columns.
        Assert.Matches(@"e +Quality", ui.Rows()[^1]);

        ui.Press(Keys.Char(']'));
        Assert.Contains("[ picks the current month", ui.Message);

        ui.Press(Keys.Char('['));
        Assert.Equal(new DateOnly(2026, 11, 1), screen.RepeatMonth);
        text = ui.Screen();
        Assert.Contains("Repeat repairs 2026-11 · every owner", text);
        Assert.Contains("Total 3 repair(s), 1 repeat(s), rate 33.3%", text);

        ui.Press(Keys.Char('['));
        Assert.Equal(new DateOnly(2026, 10, 1), screen.RepeatMonth);
        Assert.Empty(screen.RepeatLines.Rows);
        Assert.Contains("No repairs in 2026-10", ui.Screen());

        ui.Press(Keys.Char(']'), Keys.Char(']'));
        Assert.Equal(new DateOnly(2026, 12, 1), screen.RepeatMonth);
        Assert.Contains("No repairs in 2026-12", ui.Screen());

        ui.Press(Keys.Char('a'));
        Assert.Null(screen.RepeatMonth);
        Assert.Equal(3, screen.RepeatLines.Rows.Count);
        ui.Press(Keys.Char('a'));
        Assert.Contains("every month is shown already", ui.Message);
    }

    [Fact]
    public void The_repeat_repairs_say_so_when_there_are_no_repairs_yet()
    {
        using var depot = new UiTestDepot();
        var ui = depot.Open(b => new ReportsScreen(b)).Press(Keys.Char('e'));

        Assert.Empty(ui.TopAs<ReportsScreen>().RepeatLines.Rows);
        Assert.Contains("No repairs yet: no partner repair has passed quality check.", ui.Screen());
    }
}
