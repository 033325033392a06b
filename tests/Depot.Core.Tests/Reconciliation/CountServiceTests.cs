using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Reconciliation;

public sealed class CountServiceTests
{
    private static readonly string U1 = CasesTestDepot.Imei(101);
    private static readonly string U2 = CasesTestDepot.Imei(102);
    private static readonly string U3 = CasesTestDepot.Imei(103);

    /// <summary>Bin A-01 holds three NORDBANK iPhones the system knows about.</summary>
    private static (CasesTestDepot Depot, CountService Counts, long Session) BinA01()
    {
        var depot = new CasesTestDepot();
        depot.Stock(U1);
        depot.Stock(U2);
        depot.Stock(U3);
        var counts = new CountService(depot.Context);
        return (depot, counts, counts.Start(CountScope.Bin, "A-01").Id);
    }

    private static CountDifference Single(CountService counts, long session, DifferenceKind kind) =>
        Assert.Single(counts.Differences(session), d => d.Kind == kind && !d.IsResolved);

    [Fact]
    public void A_full_count_has_no_differences_and_closes()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        counts.Import(session, [new CycleCountRow("A-01", U1), new CycleCountRow("A-01", U2), new CycleCountRow("A-01", U3, CasesTestDepot.Local("2026-11-16 09:30"), "ola")]);
        Assert.Empty(counts.Differences(session));
        Assert.False(counts.Close(session).IsOpen);
    }

    [Fact]
    public void Expected_but_not_counted_is_resolved_by_MarkLost_and_the_session_stays_open_until_then()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        counts.Scan(session, U1);
        counts.Scan(session, U2);
        var missing = Single(counts, session, DifferenceKind.ExpectedNotCounted);
        Assert.Equal(U3, missing.Identifier);
        Assert.Throws<RefusedException>(() => counts.Resolve(session, U3, DifferenceKind.ExpectedNotCounted, Resolution.MoveBin, "somewhere"));
        Assert.Equal("A-01", depot.Units.Require(U3).Bin);
        Assert.Throws<RefusedException>(() => counts.Close(session));
        Assert.Contains(counts.Sessions(openOnly: true), s => s.Id == session);

        var resolved = counts.Resolve(session, U3, DifferenceKind.ExpectedNotCounted, Resolution.MarkLost, "not on the shelf, not on the bench");
        Assert.True(resolved.IsResolved);
        Assert.Equal(UnitState.Lost, depot.Units.Require(U3).State);
        Assert.Contains("not on the shelf", depot.Units.History(depot.Units.Require(U3).Id)[^1].Details["reason"]);
        depot.AssertConsistent();
        Assert.False(counts.Close(session).IsOpen);
    }

    [Fact]
    public void An_unknown_unit_counted_is_received_into_quarantine()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var stranger = CasesTestDepot.Imei(104);
        counts.Scan(session, U1);
        counts.Scan(session, U2);
        counts.Scan(session, U3);
        counts.Scan(session, stranger);
        Assert.Equal(stranger, Single(counts, session, DifferenceKind.CountedNotExpected).Identifier);
        counts.Resolve(session, stranger, DifferenceKind.CountedNotExpected, Resolution.Receive, "no label, kept for triage");
        Assert.Equal(UnitState.Quarantine, depot.Units.Require(stranger).State);
        Assert.DoesNotContain(counts.Differences(session), d => !d.IsResolved);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_lost_unit_counted_is_resolved_by_Found()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        depot.Units.MarkLost(U3, "missing last month");
        counts.Scan(session, U1);
        counts.Scan(session, U2);
        counts.Scan(session, U3);
        var lost = Single(counts, session, DifferenceKind.CountedNotExpected);
        Assert.Equal([Resolution.Found, Resolution.Dismiss], lost.Allowed);
        Assert.Throws<RefusedException>(() => counts.Resolve(session, U3, DifferenceKind.CountedNotExpected, Resolution.MarkLost, "x"));
        counts.Resolve(session, U3, DifferenceKind.CountedNotExpected, Resolution.Found, "behind the shelf");
        Assert.Equal(UnitState.Quarantine, depot.Units.Require(U3).State);
        Assert.DoesNotContain(counts.Differences(session), d => !d.IsResolved);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_unit_counted_in_the_wrong_bin_is_moved_with_an_audited_correction()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var elsewhere = depot.Stock(CasesTestDepot.Imei(105), bin: "A-02");
        foreach (var id in new[] { U1, U2, U3, elsewhere })
        {
            counts.Scan(session, id);
        }

        Assert.Contains("bin A-02", Single(counts, session, DifferenceKind.CountedNotExpected).Expected);
        counts.Resolve(session, elsewhere, DifferenceKind.CountedNotExpected, Resolution.MoveBin, "put back in the wrong bin");
        var unit = depot.Units.Require(elsewhere);
        Assert.Equal("A-01", unit.Bin);
        var correction = Assert.Single(counts.Corrections(unit.Id));
        Assert.Equal(("bin", "A-02", "A-01", "tester"), (correction.Field, correction.From, correction.To, correction.Operator));
        depot.AssertConsistent();
    }

    [Fact]
    public void Wrong_owner_and_wrong_model_are_corrected_with_their_reasons()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var fjordtel = depot.Stock(CasesTestDepot.Imei(106), owner: "FJORDTEL");
        var samsung = depot.Stock(CasesTestDepot.Imei(107), model: "SGA55-128");
        foreach (var id in new[] { U1, U2, U3, fjordtel, samsung })
        {
            counts.Scan(session, id);
        }

        Assert.Equal(fjordtel, Single(counts, session, DifferenceKind.WrongOwner).Identifier);
        Assert.Equal(samsung, Single(counts, session, DifferenceKind.WrongModel).Identifier);
        counts.Resolve(session, fjordtel, DifferenceKind.WrongOwner, Resolution.CorrectOwner, "intake typo, invoice says Nordbank", "NORDBANK");
        depot.AssertConsistent();
        counts.Resolve(session, samsung, DifferenceKind.WrongModel, Resolution.CorrectModel, "it is an iPhone", "IP15-128");
        depot.AssertConsistent();
        Assert.Equal("NORDBANK", depot.Units.Require(fjordtel).OwnerCode);
        Assert.Equal("IP15-128", depot.Units.Require(samsung).ModelSku);
        Assert.DoesNotContain(counts.Differences(session), d => !d.IsResolved);
        Assert.Equal("FJORDTEL", Assert.Single(counts.Corrections(depot.Units.Require(fjordtel).Id)).From);
    }

    [Fact]
    public void A_unit_with_a_user_on_the_shelf_is_a_wrong_state_received_back()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice("SR-1", "NORDBANK", CaseKind.Swap, CasesTestDepot.Imei(108), "IP15-128", new CaseDetails("Eva", Fault: "Dead"));
        cases.ReserveSwap("SR-1", U3);
        cases.ShipSwap("SR-1");
        var scrapped = depot.Stock(CasesTestDepot.Imei(109));
        depot.Units.Scrap(scrapped, "cracked board");
        foreach (var id in new[] { U1, U2, U3, scrapped })
        {
            counts.Scan(session, id);
        }

        var wrong = counts.Differences(session).Where(d => d.Kind == DifferenceKind.WrongState).ToList();
        Assert.Equal(new[] { scrapped, U3 }.Order(StringComparer.Ordinal), wrong.Select(d => d.Identifier).Order(StringComparer.Ordinal));
        counts.Resolve(session, U3, DifferenceKind.WrongState, Resolution.Receive, "the parcel never left");
        Assert.Equal(UnitState.Received, depot.Units.Require(U3).State);
        Assert.Throws<RefusedException>(() => counts.Resolve(session, scrapped, DifferenceKind.WrongState, Resolution.Found, "x"));
        counts.Resolve(session, scrapped, DifferenceKind.WrongState, Resolution.Dismiss, "scrap bin emptied next week");
        Assert.Equal(UnitState.Scrapped, depot.Units.Require(scrapped).State);
        Assert.DoesNotContain(counts.Differences(session), d => !d.IsResolved);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_double_scan_is_a_difference_dismissed_with_a_reason()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        foreach (var id in new[] { U1, U2, U2, U3 })
        {
            counts.Scan(session, id);
        }

        Assert.Equal(U2, Single(counts, session, DifferenceKind.ScannedTwice).Identifier);
        Assert.Throws<RefusedException>(() => counts.Resolve(session, U2, DifferenceKind.ScannedTwice, Resolution.Dismiss, " "));
        var dismissed = counts.Resolve(session, U2, DifferenceKind.ScannedTwice, Resolution.Dismiss, "scanner double-read");
        Assert.Contains("scanner double-read", dismissed.ResolvedBy);
        Assert.Throws<RefusedException>(() => counts.Resolve(session, U2, DifferenceKind.ScannedTwice, Resolution.Dismiss, "again"));
        depot.AssertConsistent();
        counts.Close(session);
        Assert.Throws<RefusedException>(() => counts.Scan(session, U1));
    }

    [Fact]
    public void An_owner_count_expects_the_owners_whole_pool_and_flags_other_owners_units()
    {
        using var depot = new CasesTestDepot();
        depot.Stock(U1, bin: "A-01");
        depot.Stock(U2, bin: "B-07");
        var stranger = depot.Stock(CasesTestDepot.Imei(110), owner: "FJORDTEL");
        var counts = new CountService(depot.Context);
        var session = counts.Start(CountScope.Owner, "nordbank").Id;
        counts.Scan(session, U1, "A-01");
        counts.Scan(session, stranger, "A-01");
        Assert.Equal(U2, Single(counts, session, DifferenceKind.ExpectedNotCounted).Identifier);
        Assert.Equal(stranger, Single(counts, session, DifferenceKind.WrongOwner).Identifier);
        counts.Resolve(session, stranger, DifferenceKind.WrongOwner, Resolution.MoveBin, "belongs on Fjordtel's shelf", "F-01");
        counts.Resolve(session, U2, DifferenceKind.ExpectedNotCounted, Resolution.Dismiss, "on the bench for a screen check");
        Assert.Equal("F-01", depot.Units.Require(stranger).Bin);
        Assert.Equal("FJORDTEL", depot.Units.Require(stranger).OwnerCode);
        Assert.False(counts.Close(session).IsOpen);
        depot.AssertConsistent();
    }

    [Fact]
    public void An_announced_unit_found_on_the_shelf_is_received_for_its_case()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var announced = CasesTestDepot.Imei(111);
        new CaseService(depot.Context).OpenWithDevice("SR-2", "NORDBANK", CaseKind.Repair, announced, "IP15-128", new CaseDetails("Eva", Fault: "Dead"));
        foreach (var id in new[] { U1, U2, U3, announced })
        {
            counts.Scan(session, id);
        }

        var wrong = Single(counts, session, DifferenceKind.WrongState);
        Assert.Contains("Announced", wrong.Expected);
        counts.Resolve(session, announced, DifferenceKind.WrongState, Resolution.Receive, "left on the shelf by the courier");
        var history = depot.Units.History(depot.Units.Require(announced).Id);
        Assert.Equal((Trigger.Receive, "SR-2"), (history[^1].Trigger, history[^1].CaseTicket));
        depot.AssertConsistent();
    }

    [Fact]
    public void An_import_with_a_bad_row_adds_nothing()
    {
        var (depot, counts, session) = BinA01();
        using var _ = depot;
        var refused = Assert.Throws<RefusedException>(() => counts.Import(session, [new CycleCountRow("A-01", U1), new CycleCountRow("A-01", "3.56938E+14")]));
        Assert.Contains("row 2", refused.Message);
        Assert.Empty(counts.Lines(session));
    }

    [Fact]
    public void A_second_open_session_for_the_same_bin_is_refused()
    {
        var (depot, counts, _) = BinA01();
        using var __ = depot;
        Assert.Throws<RefusedException>(() => counts.Start(CountScope.Bin, "a-01"));
        Assert.Throws<RefusedException>(() => counts.Start(CountScope.Owner, "NOBODY"));
    }
}
