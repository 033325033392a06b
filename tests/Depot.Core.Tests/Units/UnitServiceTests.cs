using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Units;

public sealed class UnitServiceTests
{
    private const string Swap = "356938035643809";
    private const string Broken = "490154203237518";

    [Fact]
    public void A_mistyped_identifier_is_refused_with_its_code_and_the_text()
    {
        using var depot = new TestDepot();
        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Receive(" 356938035643808 "));
        Assert.Equal(RefusalCode.InvalidIdentifier, refusal.Code);
        Assert.Equal("356938035643808", refusal.Parameters[RefusalKeys.Text]);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Parameters[RefusalKeys.Reason]));
    }

    [Fact]
    public void An_identifier_nobody_knows_is_refused_as_an_unknown_unit()
    {
        using var depot = new TestDepot();
        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Inspect(Swap, InspectionOutcome.CoveredFault));
        Assert.Equal(RefusalCode.UnknownUnit, refusal.Code);
        Assert.Equal(Swap, refusal.Parameters[RefusalKeys.Unit]);
    }

    [Fact]
    public void A_swap_cycle_walks_both_units_and_signs_every_step()
    {
        using var depot = new TestDepot("anna");
        var units = depot.Units;
        units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "A", "ACM-01"));
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        units.Reserve(Swap, "SR-1");
        units.Ship(Swap);
        units.Announce(Broken, "SR-1", TestDepot.Model);
        depot.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal("SR-1", units.Receive(Broken).CaseTicket);
        units.Inspect(Broken, InspectionOutcome.CoveredFault, note: "no charge");
        units.SendToPartner(Broken, "FIXIT");
        units.PartnerResult(Broken, PartnerOutcome.Repaired);
        units.PassQc(Broken);

        var broken = units.Find(Broken)!;
        Assert.Equal(UnitState.Available, broken.State);
        Assert.Equal(TestDepot.PoolOwner, broken.OwnerCode);
        var history = units.History(broken.Id);
        Assert.Equal(
            [Trigger.Announce, Trigger.Receive, Trigger.Inspect, Trigger.SendToPartner, Trigger.PartnerResult, Trigger.PassQc],
            history.Select(e => e.Trigger));
        Assert.All(history, e => Assert.Equal("anna", e.Operator));
        Assert.Equal("no charge", history[2].Details["note"]);
        Assert.Equal(UnitState.WithUser, units.Find(Swap)!.State);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
    }

    [Fact]
    public void A_board_swap_gives_a_new_imei_and_the_old_one_still_finds_the_unit()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        units.Receive(Broken);
        units.Release(Broken, TestDepot.PoolOwner, TestDepot.Model);
        units.Inspect(Broken, InspectionOutcome.CoveredFault);
        units.SendToPartner(Broken, "BOARDLAB");
        units.PartnerResult(Broken, PartnerOutcome.Repaired, newImei: Swap);

        var byOld = units.Find(Broken)!;
        var byNew = units.Find(Swap)!;
        Assert.Equal(byOld.Id, byNew.Id);
        Assert.Equal(Swap, byNew.Identifier.Value);
        Assert.Equal([Broken, Swap], units.Identifiers(byNew.Id));
    }

    [Fact]
    public void A_new_imei_that_belongs_to_another_unit_is_refused()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        units.Receive(Broken);
        units.Release(Broken, TestDepot.PoolOwner, TestDepot.Model);
        units.Inspect(Broken, InspectionOutcome.CoveredFault);
        units.SendToPartner(Broken, "BOARDLAB");
        var before = depot.Snapshot();

        var refusal = Assert.Throws<RefusedException>(() => units.PartnerResult(Broken, PartnerOutcome.Repaired, newImei: Swap));

        Assert.Contains("already belongs to another unit", refusal.Message);
        Assert.Equal(before, depot.Snapshot());
    }

    [Fact]
    public void One_owners_stock_never_serves_another_owners_case()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Cases.Open("FJ-1", TestDepot.UserOwner, CaseKind.Swap);
        var before = depot.Snapshot();

        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Reserve(Swap, "FJ-1"));

        Assert.Contains("belongs to ACME, case FJ-1 to FJORD", refusal.Message);
        Assert.Equal(before, depot.Snapshot());
    }

    [Fact]
    public void A_unit_scanned_twice_says_so_and_changes_nothing()
    {
        using var depot = new TestDepot();
        depot.Cases.Open("SR-2", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Announce(Broken, "SR-2", TestDepot.Model);
        depot.Units.Receive(Broken);
        var before = depot.Snapshot();

        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Receive(Broken));

        Assert.Equal(RefusalCode.AlreadyInState, refusal.Code);
        Assert.Equal("Received", refusal.Parameters[RefusalKeys.State]);
        Assert.Equal("Receive", refusal.Parameters[RefusalKeys.Trigger]);
        Assert.Equal(before, depot.Snapshot());
    }

    [Fact]
    public void A_known_unit_arriving_without_a_case_is_flagged_unannounced()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Swap, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Cases.Open("SR-3", TestDepot.PoolOwner, CaseKind.Swap);
        depot.Units.Reserve(Swap, "SR-3");
        depot.Units.Ship(Swap);

        var e = depot.Units.Receive(Swap);

        Assert.Equal(UnitState.Received, e.To);
        Assert.True(depot.Units.Find(Swap)!.Unannounced);
        Assert.Equal("true", e.Details["unannounced"]);
    }

    [Fact]
    public void Not_covered_needs_a_reason_and_a_quote()
    {
        using var depot = new TestDepot();
        depot.Units.Receive(Broken);
        depot.Units.Release(Broken, TestDepot.PoolOwner, TestDepot.Model);
        var before = depot.Snapshot();

        Assert.Throws<RefusedException>(() => depot.Units.Inspect(Broken, InspectionOutcome.NotCovered, quote: new Money(10m, "EUR")));
        Assert.Throws<RefusedException>(() => depot.Units.Inspect(Broken, InspectionOutcome.NotCovered, NotCoveredReason.Liquid));
        Assert.Equal(before, depot.Snapshot());
    }

    [Fact]
    public void A_bad_imei_is_refused_with_its_reason_and_nothing_is_written()
    {
        using var depot = new TestDepot();
        var before = depot.Snapshot();
        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Receive("356938035643808"));
        Assert.Contains("check digit should be 9, got 8", refusal.Message);
        Assert.Equal(before, depot.Snapshot());
    }

    [Fact]
    public void A_unit_goes_to_a_partner_of_the_catalog_under_its_spelling_and_an_unknown_partner_changes_nothing()
    {
        using var depot = new TestDepot();
        var units = depot.Units;
        depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Swap);
        units.Announce(Broken, "SR-1", TestDepot.Model);
        units.Receive(Broken);
        units.Inspect(Broken, InspectionOutcome.CoveredFault);
        var before = depot.Snapshot();

        var refused = Assert.Throws<RefusedException>(() => units.SendToPartner(Broken, "NOPE"));
        Assert.Equal("no repair partner \"NOPE\" (known: BOARDLAB, FIXIT, NORDREP)", refused.Message);
        Assert.Equal(before, depot.Snapshot());

        var sent = units.SendToPartner(Broken, " nordRep ");
        Assert.Equal("NORDREP", sent.Details["partner"]);
    }

    [Fact]
    public void A_short_serial_stored_before_serials_had_a_shape_is_still_found_but_never_names_a_new_unit()
    {
        using var depot = new TestDepot();
        depot.Units.Intake("SN12345678", new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "A", "ACM-01"));
        // A depot from before the serial-shape rule holds a five-character serial.
        depot.Context.Write(w =>
        {
            var unit = w.Table<UnitRow>().All().Single();
            unit.Identifier = "SN123";
            w.Table<UnitRow>().Update(unit);
            var known = w.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, "SN12345678")!;
            known.Identifier = "SN123";
            w.Table<UnitIdentifierRow>().Update(known);
        });

        Assert.Equal("SN123", depot.Units.Require("sn123").Identifier.Value);
        Assert.Equal(UnitState.Reserved, depot.Units.Reserve("SN123", OpenCase(depot)).To);
        var refused = Assert.Throws<RefusedException>(() => depot.Units.Receive("SN124"));
        Assert.Equal(RefusalCode.InvalidIdentifier, refused.Code);
        Assert.Throws<RefusedException>(() => depot.Units.Intake("AB12", new UnitDetails(TestDepot.PoolOwner, TestDepot.Model, "A", "ACM-01")));
    }

    private static string OpenCase(TestDepot depot)
    {
        depot.Cases.Open("SR-9", TestDepot.PoolOwner, CaseKind.Swap);
        return "SR-9";
    }
}
