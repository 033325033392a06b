using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Reports;

namespace Depot.Core.Tests.Cases;

public sealed class SwapFlowTests
{
    private static readonly string Defective = CasesTestDepot.Imei(1);
    private static readonly string PoolUnit = CasesTestDepot.Imei(2);

    private static CaseOverview OpenSwap(CasesTestDepot depot, string ticket = "SR-1", string model = "IP15-128", string imei = "") =>
        new CaseService(depot.Context).OpenWithDevice(ticket, "NORDBANK", CaseKind.Swap, imei.Length > 0 ? imei : Defective, model,
            new CaseDetails("Eva Berg", "+46701234567", "eva@example.se", "Storgatan 1, Stockholm", "Screen cracked",
                Diagnosis: new Dictionary<string, string> { ["dropped"] = "yes", ["sim_removed"] = "yes", ["accessories"] = "none" }));

    [Fact]
    public void A_swap_case_runs_end_to_end_with_exactly_the_charges_the_rules_give()
    {
        using var depot = new CasesTestDepot("2026-11-16 08:00");
        depot.Stock(PoolUnit);
        var cases = new CaseService(depot.Context);

        // Registered Friday 13:59: ships the same day; due 10 working days later.
        depot.At("2026-11-20 13:59");
        var opened = OpenSwap(depot);
        Assert.Equal(UnitState.Announced, opened.Defective!.State);
        Assert.Equal("yes", opened.Case.Details.Diagnosis!["sim_removed"]);

        cases.ReserveSwap("SR-1");
        depot.At("2026-11-20 16:30");
        cases.ShipSwap("SR-1");
        var shipped = cases.Overview("SR-1");
        Assert.Equal(new DateOnly(2026, 11, 20), shipped.Case.ShipDate);
        Assert.Equal(new DateOnly(2026, 12, 4), shipped.Case.DueDate);
        Assert.Equal(UnitState.WithUser, shipped.Swap!.State);
        Assert.Equal(CaseStatus.Open, shipped.Status);

        // Tuesday 8 December: two working days late, not received yet.
        depot.At("2026-12-08 09:00");
        var late = cases.Overview("SR-1");
        Assert.Equal(CaseStatus.Overdue, late.Status);
        Assert.Equal(2, late.WorkingDaysLate);
        Assert.Equal(new Money(9495m, "SEK"), late.PendingCharge);
        var overdue = Assert.Single(new OverdueReturns(depot.Context).List());
        Assert.Equal(("SR-1", PoolUnit, Defective, 2, 9495m, "SEK", false),
            (overdue.Ticket, overdue.ImeiOut, overdue.ImeiDue, overdue.WorkingDaysLate, overdue.Charge, overdue.Currency, overdue.Received));

        // The late return is still received; the retail price is booked and stays visible.
        depot.At("2026-12-08 10:00");
        depot.Units.Receive(Defective);
        depot.Units.Inspect(Defective, InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Money(150m, "EUR"));
        depot.Units.Decline(Defective);

        var done = cases.Overview("SR-1");
        Assert.Equal(
            [(ChargeKind.RetailPrice, new Money(9495m, "SEK")), (ChargeKind.DiagnosticFee, new Money(20m, "EUR"))],
            done.Charges.Select(c => (c.Kind, c.Amount)).ToList());
        Assert.Null(done.PendingCharge);
        Assert.Equal(UnitState.Returning, done.Defective!.State);
        var reviewed = Assert.Single(new OverdueReturns(depot.Context).List());
        Assert.True(reviewed.Received);
        Assert.Equal(9495m, reviewed.Charge);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_case_registered_after_the_cut_off_ships_the_next_working_day_even_when_packed_at_once()
    {
        using var depot = new CasesTestDepot("2026-11-16 08:00");
        depot.Stock(PoolUnit);
        depot.At("2026-11-20 14:01");
        OpenSwap(depot);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1");
        cases.ShipSwap("SR-1");
        var shipped = cases.Overview("SR-1");
        Assert.Equal(new DateOnly(2026, 11, 23), shipped.Case.ShipDate);
        Assert.Equal(new DateOnly(2026, 12, 7), shipped.Case.DueDate);
    }

    [Fact]
    public void An_approved_quote_for_a_fault_nothing_covers_is_charged()
    {
        using var depot = new CasesTestDepot();
        new CaseService(depot.Context).OpenWithDevice("SR-2", "NORDBANK", CaseKind.Repair, Defective, "IP15-128", new CaseDetails("Eva", Fault: "No sound"));
        depot.Units.Receive(Defective);
        depot.Units.Inspect(Defective, InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(89.50m, "EUR"));
        depot.Units.Approve(Defective);
        var charge = Assert.Single(new CaseService(depot.Context).Overview("SR-2").Charges);
        Assert.Equal((ChargeKind.Quote, new Money(89.50m, "EUR")), (charge.Kind, charge.Amount));
    }

    [Fact]
    public void A_declined_quote_on_a_swap_returned_in_time_charges_the_fee_and_the_kept_swap_unit()
    {
        using var depot = new CasesTestDepot("2026-11-16 09:00");
        depot.Stock(PoolUnit);
        OpenSwap(depot);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1");
        cases.ShipSwap("SR-1");
        depot.At("2026-11-19 10:00");
        depot.Units.Receive(Defective);
        depot.Units.Inspect(Defective, InspectionOutcome.NotCovered, NotCoveredReason.Misuse, new Money(200m, "EUR"));
        depot.Units.Decline(Defective);
        Assert.Equal(
            [(ChargeKind.DiagnosticFee, new Money(20m, "EUR")), (ChargeKind.RetailPrice, new Money(9495m, "SEK"))],
            cases.Overview("SR-1").Charges.Select(c => (c.Kind, c.Amount)).ToList());
        Assert.Empty(new OverdueReturns(depot.Context).List());
    }

    [Fact]
    public void A_case_closes_when_the_swap_unit_is_out_and_the_defective_unit_is_back_in_the_pool()
    {
        using var depot = new CasesTestDepot("2026-11-16 09:00");
        depot.Stock(PoolUnit);
        OpenSwap(depot);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1");
        cases.ShipSwap("SR-1");
        depot.At("2026-11-18 10:00");
        depot.Units.Receive(Defective);
        depot.Units.Inspect(Defective, InspectionOutcome.NoFaultFound);
        Assert.Equal(CaseStatus.Open, cases.Overview("SR-1").Status);
        depot.At("2026-11-18 11:00");
        depot.Units.PassQc(Defective);
        var closed = cases.Overview("SR-1");
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CasesTestDepot.Local("2026-11-18 11:00"), closed.Case.ClosedAt);
        Assert.Empty(closed.Charges);
    }

    [Fact]
    public void Opening_a_case_without_customer_or_fault_is_refused_and_nothing_is_saved()
    {
        using var depot = new CasesTestDepot();
        var cases = new CaseService(depot.Context);
        Assert.Throws<RefusedException>(() => cases.OpenWithDevice("SR-9", "NORDBANK", CaseKind.Swap, Defective, "IP15-128", new CaseDetails(Fault: "x")));
        Assert.Throws<RefusedException>(() => cases.OpenWithDevice("SR-9", "NORDBANK", CaseKind.Swap, Defective[..14] + (char)('0' + (Defective[14] - '0' + 1) % 10), "IP15-128", new CaseDetails("Eva", Fault: "x")));
        Assert.Null(cases.Find("SR-9"));
        Assert.Null(depot.Units.Find(Defective));
    }

    [Fact]
    public void A_case_whose_device_announce_fails_is_not_opened()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(Defective, owner: "FJORDTEL");
        var cases = new CaseService(depot.Context);
        var refused = Assert.Throws<RefusedException>(() => OpenSwap(depot));
        Assert.Contains("FJORDTEL", refused.Message);
        Assert.Null(cases.Find("SR-1"));
        depot.AssertConsistent();
    }
}
