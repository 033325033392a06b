using Depot.Core.Cases;

namespace Depot.Core.Tests.Cases;

public sealed class CaseListTests
{
    [Fact]
    public void An_overdue_case_heads_the_list_even_when_only_one_case_is_shown()
    {
        using var depot = new CasesTestDepot("2026-11-16 08:00");
        var cases = new CaseService(depot.Context);
        depot.Stock(CasesTestDepot.Imei(1));
        depot.At("2026-11-16 09:00");
        cases.OpenWithDevice("SR-LATE", "NORDBANK", CaseKind.Swap, CasesTestDepot.Imei(101), "IP15-128", new CaseDetails("Eva Berg", Fault: "screen cracked"));
        cases.ReserveSwap("SR-LATE");
        cases.ShipSwap("SR-LATE");
        for (var i = 2; i <= 6; i++)
        {
            depot.At($"2026-11-2{i} 10:00");
            cases.OpenWithDevice($"SR-NEW-{i}", "NORDBANK", CaseKind.Repair, CasesTestDepot.Imei(100 + i), "IP15-128", new CaseDetails("Ola Berg", Fault: "no sound"));
        }

        depot.At("2026-12-10 09:00");

        var top = Assert.Single(cases.List(limit: 1));
        Assert.Equal("SR-LATE", top.Case.Ticket);
        Assert.Equal(CaseStatus.Overdue, top.Status);
        Assert.Equal(6, cases.List().Count);
        Assert.Equal(["SR-LATE"], cases.List(status: CaseStatus.Overdue).Select(c => c.Case.Ticket));
    }

    [Fact]
    public void Cases_opened_at_the_same_instant_list_newest_first_even_when_the_list_is_cut()
    {
        using var depot = new CasesTestDepot("2026-11-16 09:00");
        var cases = new CaseService(depot.Context);
        for (var i = 1; i <= 5; i++)
        {
            cases.Open($"SR-{i}", "NORDBANK", CaseKind.Repair);
        }

        Assert.Equal(["SR-5", "SR-4", "SR-3", "SR-2", "SR-1"], cases.List().Select(c => c.Case.Ticket));
        Assert.Equal(["SR-5"], cases.List("NORDBANK", limit: 1).Select(c => c.Case.Ticket));
    }
}
