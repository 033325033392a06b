using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Invoicing;
using Depot.Core.Owners;
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
}
