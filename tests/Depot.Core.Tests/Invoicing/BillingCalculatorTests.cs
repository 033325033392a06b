using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Invoicing;

namespace Depot.Core.Tests.Invoicing;

public sealed class BillingCalculatorTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static Agreement Terms(DateOnly from, decimal fee, decimal freight = 95m, decimal packaging = 25m, string currency = "SEK", string level = "PROF") =>
        new("NORDBANK", from, new AgreementTerms(level, new Money(fee, currency), true, new Money(freight, currency), new Money(packaging, currency)), DateTimeOffset.UnixEpoch, "ana");

    private static BillingFacts Facts(
        IReadOnlyList<Agreement>? terms = null,
        IReadOnlyList<(DateOnly, int)>? fleet = null,
        IReadOnlyList<Shipment>? shipments = null,
        IReadOnlyList<CaseCharge>? charges = null,
        IReadOnlyList<PendingSwap>? pending = null) =>
        new("NORDBANK", November,
            terms ?? [Terms(new DateOnly(2026, 1, 1), 39m)],
            fleet ?? [(new DateOnly(2026, 1, 1), 100)],
            shipments ?? [], charges ?? [], pending ?? []);

    [Fact]
    public void A_whole_month_at_one_fleet_bills_fleet_times_fee()
    {
        var basis = BillingCalculator.Compute(Facts());

        var line = Assert.Single(basis.Lines);
        Assert.Equal(BillingLineKind.ServiceFee, line.Kind);
        Assert.Equal(new Money(3900.00m, "SEK"), line.Amount);
        Assert.Equal("Service fee PROF: 100 users × 39.00 SEK (whole month)", line.Description);
        Assert.Equal([new Money(3900.00m, "SEK")], basis.Totals);
    }

    [Fact]
    public void A_month_with_a_fleet_change_a_terms_change_a_late_return_a_declined_quote_and_two_currencies_adds_up_by_hand()
    {
        var facts = Facts(
            terms: [Terms(new DateOnly(2026, 1, 1), 39m), Terms(new DateOnly(2026, 11, 15), 42m)],
            fleet: [(new DateOnly(2026, 1, 1), 100), (new DateOnly(2026, 11, 10), 130)],
            shipments: [new Shipment(new DateOnly(2026, 11, 3), "SR-1", "356938035643809"), new Shipment(new DateOnly(2026, 11, 20), "SR-2", "358576151791305")],
            charges:
            [
                new CaseCharge(new DateOnly(2026, 11, 12), "SR-3", "350784321784626", BillingLineKind.DiagnosticFee, new Money(20.00m, "EUR"), "quote declined: diagnostic fee"),
                new CaseCharge(new DateOnly(2026, 11, 25), "SR-1", "356938035643809", BillingLineKind.RetailPrice, new Money(4995.00m, "SEK"), "return overdue: retail price of the swap unit"),
            ],
            pending: [new PendingSwap(new DateOnly(2026, 11, 20), "SR-2", "358576151791305", new Money(4995.00m, "SEK"), new DateOnly(2026, 12, 4))]);

        var basis = BillingCalculator.Compute(facts);

        // 1–9 Nov: 100 × 39 × 9/30 = 1170.00; 10–14 Nov: 130 × 39 × 5/30 = 845.00; 15–30 Nov: 130 × 42 × 16/30 = 2912.00.
        Assert.Equal(
            [
                (BillingLineKind.ServiceFee, "2026-11-01", 1170.00m, "SEK"),
                (BillingLineKind.ServiceFee, "2026-11-10", 845.00m, "SEK"),
                (BillingLineKind.ServiceFee, "2026-11-15", 2912.00m, "SEK"),
                (BillingLineKind.Freight, "2026-11-03", 95.00m, "SEK"),
                (BillingLineKind.Packaging, "2026-11-03", 25.00m, "SEK"),
                (BillingLineKind.Freight, "2026-11-20", 95.00m, "SEK"),
                (BillingLineKind.Packaging, "2026-11-20", 25.00m, "SEK"),
                (BillingLineKind.DiagnosticFee, "2026-11-12", 20.00m, "EUR"),
                (BillingLineKind.RetailPrice, "2026-11-25", 4995.00m, "SEK"),
            ],
            basis.Lines.Select(l => (l.Kind, l.Date.ToString("yyyy-MM-dd"), l.Amount.Amount, l.Amount.Currency)).ToList());
        Assert.Equal("Service fee PROF: 130 users × 39.00 SEK (5/30 days, 10–14)", basis.Lines[1].Description);
        Assert.Equal([new Money(20.00m, "EUR"), new Money(10162.00m, "SEK")], basis.Totals);
        var held = Assert.Single(basis.Pending);
        Assert.Equal("SR-2", held.Ticket);
        Assert.Equal([new Money(4995.00m, "SEK")], basis.PendingTotals);
    }

    [Fact]
    public void Shipments_use_the_freight_in_force_on_their_day()
    {
        var facts = Facts(
            terms: [Terms(new DateOnly(2026, 1, 1), 39m, freight: 80m), Terms(new DateOnly(2026, 11, 15), 39m, freight: 110m)],
            shipments: [new Shipment(new DateOnly(2026, 11, 14), "SR-1", "A"), new Shipment(new DateOnly(2026, 11, 15), "SR-2", "B")]);

        var freight = BillingCalculator.Compute(facts).Lines.Where(l => l.Kind == BillingLineKind.Freight).Select(l => l.Amount.Amount).ToList();

        Assert.Equal([80m, 110m], freight);
    }

    [Fact]
    public void Days_before_the_first_agreement_bill_no_fee()
    {
        var basis = BillingCalculator.Compute(Facts(terms: [Terms(new DateOnly(2026, 11, 16), 19m, level: "BAS")]));

        var line = Assert.Single(basis.Lines);
        Assert.Equal(new Money(950.00m, "SEK"), line.Amount); // 100 × 19 × 15/30
    }

    [Fact]
    public void Events_outside_the_month_are_not_billed()
    {
        var facts = Facts(
            shipments: [new Shipment(new DateOnly(2026, 10, 31), "SR-0", "A"), new Shipment(new DateOnly(2026, 12, 1), "SR-9", "B")],
            charges: [new CaseCharge(new DateOnly(2026, 12, 1), "SR-9", "B", BillingLineKind.Quote, new Money(800m, "SEK"), "quote approved")]);

        var basis = BillingCalculator.Compute(facts);

        Assert.Equal([BillingLineKind.ServiceFee], basis.Lines.Select(l => l.Kind));
    }
}
