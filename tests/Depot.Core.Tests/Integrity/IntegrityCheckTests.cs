using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Integrity;

public sealed class IntegrityCheckTests
{
    private const string Imei = "356938035643809";

    [Fact]
    public void A_database_written_only_by_the_program_is_clean()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Units.MarkLost(Imei, "gone");
        depot.Units.Found(Imei);
        Assert.Empty(new IntegrityCheck(depot.Context).Run());
    }

    [Fact]
    public void A_state_edited_behind_the_programs_back_is_reported()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Context.Connection.Execute("UPDATE units SET state = 'Reserved'");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Equal(Imei, problem.Identifier);
        Assert.Equal("stored state is Reserved, but its events end in Available", problem.Problem);
    }

    [Fact]
    public void An_event_the_lifecycle_does_not_permit_is_reported()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Context.Connection.Execute(
            "INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state) VALUES (1, '2026-03-02T10:00:00.000Z', 'x', 'Ship', 'Available', 'WithUser'); UPDATE units SET state = 'WithUser';");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Contains("Available -Ship-> WithUser, which the lifecycle does not permit", problem.Problem);
    }

    [Fact]
    public void A_gap_in_the_event_chain_is_reported()
    {
        using var depot = new TestDepot();
        depot.Units.Intake(Imei, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model));
        depot.Context.Connection.Execute(
            "INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state) VALUES (1, '2026-03-02T10:00:00.000Z', 'x', 'Unreserve', 'Reserved', 'Available');");

        var problem = Assert.Single(new IntegrityCheck(depot.Context).Run());
        Assert.Contains("starts from Reserved, but the unit was Available", problem.Problem);
    }
}
