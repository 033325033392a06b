using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Integrity;

public sealed class IntegrityCheckTests
{
    private const string Imei = "356938035643809";

    [Fact]
    public void A_depot_written_only_by_the_program_is_clean()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Units.MarkLost(Imei, "gone");
        depot.Units.Found(Imei);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
        var report = new IntegrityCheck(depot.Context).Full();
        Assert.True(report.Clean);
        Assert.Equal((1L, 3L), (report.Units, report.Events));
    }

    [Fact]
    public void A_state_edited_behind_the_programs_back_is_reported()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        Edit(depot, u => u.State = "Reserved");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Equal(Imei, problem.Identifier);
        Assert.Equal("stored state is Reserved, but its events end in Available", problem.Problem);
        // The state moved without its count: Available one too many, Reserved one too few, in the
        // owner's line and in the counts per state.
        Assert.Equal(
            [$"{TestDepot.PoolOwner} Available 1 0", $"{TestDepot.PoolOwner} Reserved 0 1", "(all owners) Available 1 0", "(all owners) Reserved 0 1"],
            new IntegrityCheck(depot.Context).PoolCounts().Select(p => $"{p.Owner} {p.State} {p.Stored} {p.Counted}"));
    }

    [Fact]
    public void An_event_the_lifecycle_does_not_permit_is_reported()
    {
        using var depot = new TestDepot();
        var unitId = depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model)).UnitId;
        AddEvent(depot, unitId, "Ship", "Available", "WithUser");
        Edit(depot, u => u.State = "WithUser");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Contains("Available -Ship-> WithUser, which the lifecycle does not permit", problem.Problem);
    }

    [Fact]
    public void A_gap_in_the_event_chain_is_reported()
    {
        using var depot = new TestDepot();
        var unitId = depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model)).UnitId;
        AddEvent(depot, unitId, "Unreserve", "Reserved", "Available");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Contains("starts from Reserved, but the unit was Available", problem.Problem);
    }

    [Fact]
    public void Units_across_many_chunks_are_each_checked_with_their_own_events()
    {
        using var depot = new TestDepot();
        var identifiers = Enumerable.Range(1, 7).Select(Luhn).ToList();
        foreach (var identifier in identifiers)
        {
            depot.Units.Intake(identifier, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        }

        depot.Units.MarkLost(identifiers[4], "gone");
        var histories = depot.Context.Read(s => UnitHistories.Read(s, chunkSize: 3).ToList());
        Assert.Equal(identifiers, histories.Select(h => h.Unit.Identifier));
        Assert.All(histories, h => Assert.All(h.Events, e => Assert.Equal(h.Unit.Id, e.UnitId)));
        Assert.Equal([1, 1, 1, 1, 2, 1, 1], histories.Select(h => h.Events.Count));
        Assert.All(histories, h => Assert.Null(UnitFold.Problem(h)));
    }

    private static void Edit(TestDepot depot, Action<UnitRow> change) => depot.Context.Write(w =>
    {
        var unit = w.Table<UnitRow>().All().Single();
        change(unit);
        w.Table<UnitRow>().Update(unit);
    });

    private static void AddEvent(TestDepot depot, long unitId, string trigger, string from, string to) => depot.Context.Write(w =>
        w.Table<EventRow>().Insert(new EventRow
        {
            UnitId = unitId,
            At = depot.Clock.GetUtcNow().AddMinutes(5),
            Operator = "x",
            Trigger = trigger,
            FromState = from,
            ToState = to,
        }));

    private static string Luhn(int serial)
    {
        var body = (35693803100000L + serial).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => { var d = (c - '0') * (i % 2 == 1 ? 2 : 1); return d > 9 ? d - 9 : d; }).Sum();
        return body + (char)('0' + (10 - sum % 10) % 10);
    }
}
