using Depot.Core.Dashboard;
using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Core.Tests.Dashboard;

public sealed class DepotDashboardTests
{
    [Fact]
    public void Counts_units_per_state_in_lifecycle_order()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15"));
        var counts = new DepotDashboard(depot.Context).CountsByState();
        Assert.Equal([new StateCount(UnitState.Available, 1), new StateCount(UnitState.Announced, 1)], counts);
    }

    [Fact]
    public void Longest_waiting_gives_the_oldest_unit_of_each_stage()
    {
        using var depot = new DashboardTestDepot();
        depot.Clock.Advance(TimeSpan.FromHours(1));
        depot.Units.Receive(DashboardTestDepot.Stranger);
        depot.Clock.Advance(TimeSpan.FromHours(1));
        depot.Units.Receive(Imei(1));
        var waiting = new DepotDashboard(depot.Context).LongestWaiting();
        Assert.Equal([UnitState.Announced, UnitState.Quarantine], waiting.Select(u => u.State));
        Assert.Equal(DashboardTestDepot.Stranger, waiting[1].Identifier.Value);
    }

    [Fact]
    public void Receipts_today_follow_the_clocks_time_zone()
    {
        using var depot = new DashboardTestDepot();
        // 23:30 UTC on the 19th is already the 20th at UTC+1.
        depot.Clock.Set(new DateTimeOffset(2026, 11, 19, 23, 30, 0, TimeSpan.Zero));
        depot.Units.Receive(DashboardTestDepot.Announced);
        depot.Clock.Set(new DateTimeOffset(2026, 11, 19, 22, 30, 0, TimeSpan.Zero));
        depot.Units.Receive(DashboardTestDepot.Stranger);
        depot.Clock.Set(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        var today = new DepotDashboard(depot.Context).ReceiptsToday();
        var receipt = Assert.Single(today);
        Assert.Equal(DashboardTestDepot.Announced, receipt.Identifier);
        Assert.Equal("SR-1", receipt.CaseTicket);
        Assert.Equal(UnitState.Received, receipt.To);
    }

    [Fact]
    public void Repair_board_holds_the_four_repair_stages_with_the_partner()
    {
        using var depot = new DashboardTestDepot();
        depot.Units.Receive(DashboardTestDepot.Announced);
        depot.Units.Inspect(DashboardTestDepot.Announced, InspectionOutcome.CoveredFault);
        depot.Units.SendToPartner(DashboardTestDepot.Announced, "NORDREP");
        depot.Units.Intake(DashboardTestDepot.Other, new UnitDetails("ACME", "IP15"));
        var line = Assert.Single(new DepotDashboard(depot.Context).RepairBoard());
        Assert.Equal(UnitState.AtPartner, line.Unit.State);
        Assert.Equal("NORDREP", line.Partner);
    }

    internal static string Imei(int serial)
    {
        var body = (35693803000000L + serial).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => { var d = (c - '0') * (i % 2 == 1 ? 2 : 1); return d > 9 ? d - 9 : d; }).Sum();
        return body + (char)('0' + (10 - sum % 10) % 10);
    }
}
