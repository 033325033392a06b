using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Invoicing;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Invoicing;

public sealed class BillingServiceTests
{
    private static readonly string Defective = CasesTestDepot.Imei(1);
    private static readonly string PoolUnit = CasesTestDepot.Imei(2);

    private static void Prof(CasesTestDepot depot, string from = "2026-11-01") =>
        new AgreementService(depot.Context).Set("NORDBANK",
            new AgreementTerms("PROF", new Money(39m, "SEK"), true, new Money(95m, "SEK"), new Money(25m, "SEK")),
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));

    private static void ShipSwap(CasesTestDepot depot, string ticket = "SR-1")
    {
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice(ticket, "NORDBANK", CaseKind.Swap, Defective, "IP15-128", new CaseDetails("Eva Berg", null, null, null, "Screen cracked"));
        cases.ReserveSwap(ticket);
        cases.ShipSwap(ticket);
    }

    [Fact]
    public void November_bills_the_fee_the_shipment_and_holds_the_retail_price_of_a_late_return()
    {
        using var depot = new CasesTestDepot("2026-11-02 08:00");
        Prof(depot);
        depot.Stock(PoolUnit);
        depot.At("2026-11-20 10:00");
        ShipSwap(depot);
        depot.At("2026-12-08 09:00");

        var basis = new BillingService(depot.Context).Basis("NORDBANK", new DateOnly(2026, 11, 1));

        Assert.Equal(
            [(BillingLineKind.ServiceFee, 3900.00m), (BillingLineKind.Freight, 95m), (BillingLineKind.Packaging, 25m)],
            basis.Lines.Select(l => (l.Kind, l.Amount.Amount)).ToList());
        Assert.All(basis.Lines.Skip(1), l => Assert.Equal(("SR-1", PoolUnit, new DateOnly(2026, 11, 20)), (l.Ticket, l.Unit, l.Date)));
        Assert.Equal([new Money(4020.00m, "SEK")], basis.Totals);
        var held = Assert.Single(basis.Pending);
        Assert.Equal(("SR-1", new Money(9495m, "SEK")), (held.Ticket, held.Amount));
    }

    [Fact]
    public void December_bills_the_late_returns_retail_price_and_the_declined_quotes_fee_in_their_own_currencies()
    {
        using var depot = new CasesTestDepot("2026-11-02 08:00");
        Prof(depot);
        depot.Stock(PoolUnit);
        depot.At("2026-11-20 10:00");
        ShipSwap(depot);
        depot.At("2026-12-08 10:00");
        depot.Units.Receive(Defective);
        depot.Units.Inspect(Defective, InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Money(150m, "EUR"));
        depot.Units.Decline(Defective);

        var basis = new BillingService(depot.Context).Basis("NORDBANK", new DateOnly(2026, 12, 1));

        Assert.Equal(
            [(BillingLineKind.ServiceFee, 3900.00m, "SEK"), (BillingLineKind.RetailPrice, 9495m, "SEK"), (BillingLineKind.DiagnosticFee, 20m, "EUR")],
            basis.Lines.Select(l => (l.Kind, l.Amount.Amount, l.Amount.Currency)).ToList());
        Assert.Equal([new Money(20m, "EUR"), new Money(13395.00m, "SEK")], basis.Totals);
        Assert.Empty(basis.Pending);
    }

    [Fact]
    public void A_fleet_change_on_the_tenth_prorates_the_fee()
    {
        using var depot = new CasesTestDepot("2026-11-02 08:00");
        Prof(depot);
        depot.At("2026-11-10 09:00");
        new FleetHistory(depot.Context).Set("NORDBANK", 130, new DateOnly(2026, 11, 10));

        var fees = new BillingService(depot.Context).Basis("NORDBANK", new DateOnly(2026, 11, 1)).Lines.Select(l => l.Amount.Amount).ToList();

        // 1–9 Nov: 100 × 39 × 9/30 = 1170.00; 10–30 Nov: 130 × 39 × 21/30 = 3549.00.
        Assert.Equal([1170.00m, 3549.00m], fees);
    }

    [Fact]
    public void Terms_changed_on_the_fifteenth_bill_each_half_at_its_own_fee()
    {
        using var depot = new CasesTestDepot("2026-11-02 08:00");
        Prof(depot);
        new AgreementService(depot.Context).Set("NORDBANK",
            new AgreementTerms("PROF", new Money(42m, "SEK"), true, new Money(95m, "SEK"), new Money(25m, "SEK")), new DateOnly(2026, 11, 15));

        var fees = new BillingService(depot.Context).Basis("NORDBANK", new DateOnly(2026, 11, 1)).Lines.Select(l => l.Amount.Amount).ToList();

        // 1–14 Nov: 100 × 39 × 14/30 = 1820.00; 15–30 Nov: 100 × 42 × 16/30 = 2240.00.
        Assert.Equal([1820.00m, 2240.00m], fees);
    }

    [Fact]
    public void A_swap_case_for_an_owner_without_swap_in_its_agreement_is_refused_with_the_reason()
    {
        using var depot = new CasesTestDepot("2026-11-02 08:00");
        new AgreementService(depot.Context).Set("NORDBANK",
            new AgreementTerms("BAS", new Money(19m, "SEK"), false, new Money(0m, "SEK"), new Money(0m, "SEK")), new DateOnly(2026, 11, 1));

        var refused = Assert.Throws<RefusedException>(() => new CaseService(depot.Context).Open("SR-9", "NORDBANK", CaseKind.Swap));

        Assert.Contains("does not include swap", refused.Message);
        Assert.Null(new CaseService(depot.Context).Find("SR-9"));
    }

    [Fact]
    public void An_unknown_owner_is_refused()
    {
        using var depot = new CasesTestDepot();

        Assert.Throws<RefusedException>(() => new BillingService(depot.Context).Basis("NOPE", new DateOnly(2026, 11, 1)));
    }
}
