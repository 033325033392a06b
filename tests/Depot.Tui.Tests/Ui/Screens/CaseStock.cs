using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>Pool stock and an overdue swap on top of <see cref="UiTestDepot"/>: three ACME IP15 and one IP14 in bin A-01.</summary>
internal static class CaseStock
{
    public static string Pool(int i) => Imeis.Make(600 + i);

    /// <summary>Pool(0..2) are IP15, Pool(3) an IP14, all Available in bin A-01.</summary>
    public static void Add(UiTestDepot depot)
    {
        new Catalog(depot.Context).AddModel("IP14", "iPhone 14", new Money(7995m, "SEK"));
        for (var i = 0; i < 4; i++)
        {
            depot.Units.Intake(Pool(i), new UnitDetails("ACME", i == 3 ? "IP14" : "IP15", Bin: "A-01"));
        }
    }

    /// <summary>SR-1 gets Pool(0) shipped, and the clock moves a month on: its return is overdue.</summary>
    public static void Overdue(UiTestDepot depot)
    {
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-1", Pool(0));
        cases.ShipSwap("SR-1");
        depot.Clock.Advance(TimeSpan.FromDays(30));
    }
}
