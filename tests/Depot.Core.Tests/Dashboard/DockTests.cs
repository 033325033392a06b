using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Core.Units;

namespace Depot.Core.Tests.Dashboard;

public sealed class DockTests
{
    [Fact]
    public void Receiving_an_announced_unit_gives_its_case_fault_and_stores_the_checklist()
    {
        using var depot = new DashboardTestDepot();
        var receipt = new Dock(depot.Context).Receive(DashboardTestDepot.Announced, new ReceiptChecklist(Charger: true, SimRemoved: true));
        Assert.Equal(UnitState.Received, receipt.Unit.State);
        Assert.Equal("SR-1", receipt.Case!.Ticket);
        Assert.Equal("no sound", receipt.Case.Details.Fault);
        Assert.False(receipt.Quarantined);
        Assert.Equal(new ReceiptChecklist(Charger: true, SimRemoved: true), new ReceiptChecklists(depot.Context).Find(receipt.Event.Id));
    }

    [Fact]
    public void An_unknown_identifier_is_quarantined_and_an_empty_checklist_stores_nothing()
    {
        using var depot = new DashboardTestDepot();
        var receipt = new Dock(depot.Context).Receive(DashboardTestDepot.Stranger, ReceiptChecklist.Nothing);
        Assert.True(receipt.Quarantined);
        Assert.Null(receipt.Case);
        Assert.Null(new ReceiptChecklists(depot.Context).Find(receipt.Event.Id));
    }

    [Fact]
    public void A_second_scan_is_refused_and_changes_nothing()
    {
        using var depot = new DashboardTestDepot();
        var dock = new Dock(depot.Context);
        dock.Receive(DashboardTestDepot.Announced, ReceiptChecklist.Nothing);
        var before = depot.Units.Require(DashboardTestDepot.Announced).Version;
        var refused = Assert.Throws<RefusedException>(() => dock.Receive(DashboardTestDepot.Announced, new ReceiptChecklist(Box: true)));
        Assert.Equal(RefusalCode.AlreadyInState, refused.Code);
        Assert.Equal(before, depot.Units.Require(DashboardTestDepot.Announced).Version);
    }

    [Fact]
    public void The_receipt_shows_the_unit_as_stored_after_it_without_reading_it_again()
    {
        using var depot = new DashboardTestDepot();
        new VoucherService(depot.Context).Register("V-9", DashboardTestDepot.Stranger, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2));
        var dock = new Dock(depot.Context);

        var announced = dock.Receive(DashboardTestDepot.Announced, new ReceiptChecklist(Cable: true));
        var stranger = dock.Receive(DashboardTestDepot.Stranger, ReceiptChecklist.Nothing);

        Assert.Equal(depot.Units.Require(DashboardTestDepot.Announced), announced.Unit);
        Assert.Equal(depot.Units.Require(DashboardTestDepot.Stranger), stranger.Unit);
        Assert.Equal("not covered", announced.Coverage.Describe());
        // Nothing is known of a stranger but the voucher linked to its IMEI.
        Assert.Equal("voucher V-9", stranger.Coverage.Describe());
        Assert.Equal(new CoverageService(depot.Context).Today(stranger.Unit).Describe(), stranger.Coverage.Describe());
    }

    [Fact]
    public void A_second_scan_of_a_quarantined_unit_is_refused_as_already_there()
    {
        using var depot = new DashboardTestDepot();
        var dock = new Dock(depot.Context);
        dock.Receive(DashboardTestDepot.Stranger, ReceiptChecklist.Nothing);

        var refused = Assert.Throws<RefusedException>(() => dock.Receive(DashboardTestDepot.Stranger, ReceiptChecklist.Nothing));

        Assert.Equal(RefusalCode.AlreadyInState, refused.Code);
        Assert.Equal("Quarantine", refused.Parameters[RefusalKeys.State]);
        Assert.Equal($"{DashboardTestDepot.Stranger}: already in Quarantine since 2026-11-20 10:00; nothing changed.", refused.Message);
        Assert.Single(depot.Units.History(depot.Units.Require(DashboardTestDepot.Stranger).Id));
    }

    [Fact]
    public void A_checklist_ticked_after_the_scan_replaces_the_first()
    {
        using var depot = new DashboardTestDepot();
        var dock = new Dock(depot.Context);
        var receipt = dock.Receive(DashboardTestDepot.Announced, new ReceiptChecklist(Cable: true));
        dock.UpdateChecklist(receipt.Event.Id, new ReceiptChecklist(Box: true));
        Assert.Equal(new ReceiptChecklist(Box: true), new ReceiptChecklists(depot.Context).Find(receipt.Event.Id));
    }

    [Fact]
    public void A_checklist_belongs_only_to_a_receipt()
    {
        using var depot = new DashboardTestDepot();
        var announce = depot.Units.History(depot.Units.Require(DashboardTestDepot.Announced).Id)[0];
        Assert.Throws<RefusedException>(() => new ReceiptChecklists(depot.Context).Save(announce.Id, new ReceiptChecklist(Box: true)));
    }

    [Fact]
    public void Coverage_counts_warranty_and_care_plan_up_to_their_last_day_and_vouchers_of_the_imei()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15", WarrantyUntil: new DateOnly(2026, 11, 20), CarePlanUntil: new DateOnly(2026, 11, 19)));
        new VoucherService(depot.Context).Register("V-1", DashboardTestDepot.Other, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2));
        var coverage = new Dock(depot.Context).CoverageOf(depot.Units.Require(DashboardTestDepot.Other));
        Assert.Equal([CoverKind.Warranty, CoverKind.Voucher], coverage.Covers.Select(c => c.Kind));
        Assert.Equal("warranty until 2026-11-20, voucher V-1", coverage.Describe());
        var none = new Dock(depot.Context).CoverageOf(depot.Units.Require(DashboardTestDepot.Announced));
        Assert.False(none.Covered);
        Assert.Equal("not covered", none.Describe());
    }

    [Fact]
    public void The_dock_counts_a_year_from_purchase_as_warranty_as_inspection_does()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15", Purchased: new DateOnly(2026, 3, 1)));
        var unit = depot.Units.Require(DashboardTestDepot.Other);

        var dock = new Dock(depot.Context).CoverageOf(unit);

        Assert.Equal("warranty until 2027-02-28", dock.Describe());
        var inspection = new CoverageService(depot.Context).Today(unit);
        Assert.Equal((inspection.Date, inspection.Describe()), (dock.Date, dock.Describe()));
    }

    [Fact]
    public void The_dock_ignores_a_voucher_not_yet_registered()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15"));
        new VoucherService(depot.Context).Register("V-LATER", DashboardTestDepot.Other, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 1));

        var coverage = new Dock(depot.Context).CoverageOf(depot.Units.Require(DashboardTestDepot.Other));

        Assert.Equal("not covered", coverage.Describe());
    }

    [Fact]
    public void The_receipt_shows_the_coverage_that_refuses_a_not_covered_outcome()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15", Purchased: new DateOnly(2026, 3, 1)));
        depot.Units.Reserve(DashboardTestDepot.Other, "SR-1");
        depot.Units.Ship(DashboardTestDepot.Other);

        var receipt = new Dock(depot.Context).Receive(DashboardTestDepot.Other, ReceiptChecklist.Nothing);

        Assert.Equal("warranty until 2027-02-28", receipt.Coverage.Describe());
        var refused = Assert.Throws<RefusedException>(() => depot.Units.Inspect(
            DashboardTestDepot.Other, InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Depot.Core.Billing.Money(50m, "SEK")));
        Assert.Contains("warranty until 2027-02-28", refused.Message);
    }
}
