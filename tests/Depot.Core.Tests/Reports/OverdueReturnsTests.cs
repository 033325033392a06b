using Depot.Core.Cases;
using Depot.Core.Reports;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Reports;

public sealed class OverdueReturnsTests
{
    /// <summary>
    /// Two swaps ship Mon 2 Nov 2026, due back Mon 16 Nov. A comes back Thu 19 Nov (3 working days
    /// late), B never does. The list runs on Tue 24 Nov.
    /// </summary>
    private static CasesTestDepot Fixture()
    {
        var depot = new CasesTestDepot("2026-11-02 08:00");
        var cases = new CaseService(depot.Context);
        foreach (var (ticket, n) in new[] { ("A", 1), ("B", 2) })
        {
            depot.Stock(CasesTestDepot.Imei(500 + n));
            cases.OpenWithDevice(ticket, "NORDBANK", CaseKind.Swap, CasesTestDepot.Imei(510 + n), "IP15-128", new CaseDetails("Eva", Fault: "Dead"));
            cases.ReserveSwap(ticket);
            cases.ShipSwap(ticket);
        }

        depot.At("2026-11-19 09:00");
        depot.Units.Receive(CasesTestDepot.Imei(511));
        depot.At("2026-11-24 12:00");
        return depot;
    }

    [Fact]
    public void Late_returns_list_the_one_still_out_and_the_one_back_late_most_late_first()
    {
        using var depot = Fixture();
        var late = new OverdueReturns(depot.Context).List();
        Assert.Equal([("B", 6, false), ("A", 3, true)], late.Select(r => (r.Ticket, r.WorkingDaysLate, r.Received)));
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16), 9495m, "SEK"), (late[0].Shipped, late[0].Due, late[0].Charge, late[0].Currency));
        Assert.Equal(CasesTestDepot.Imei(512), late[0].ImeiDue);
    }

    [Fact]
    public void Still_out_leaves_out_the_returns_already_back_and_other_owners()
    {
        using var depot = Fixture();
        var overdue = new OverdueReturns(depot.Context);
        Assert.Equal(["B"], overdue.StillOut().Select(r => r.Ticket));
        Assert.Empty(overdue.StillOut("FJORDTEL"));

        // C ships on Mon 30 Nov and is not due until 14 Dec.
        depot.At("2026-11-30 09:00");
        depot.Stock(CasesTestDepot.Imei(503));
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice("C", "NORDBANK", CaseKind.Swap, CasesTestDepot.Imei(513), "IP15-128", new CaseDetails("Ola", Fault: "Dead"));
        cases.ReserveSwap("C");
        cases.ShipSwap("C");
        depot.At("2026-12-02 12:00");
        Assert.Equal(["B"], overdue.StillOut("nordbank").Select(r => r.Ticket));
    }
}
