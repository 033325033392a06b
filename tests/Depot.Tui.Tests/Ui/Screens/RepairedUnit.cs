using Depot.Core.Cases;
using Depot.Core.Lifecycle;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>A unit repaired and back with a user, inside its repair warranty, on top of <see cref="UiTestDepot"/>.</summary>
internal static class RepairedUnit
{
    /// <summary>
    /// SR-1's unit: received, repaired by NORDREP and passed quality check into ACME's pool on
    /// 2026-11-20 (repair warranty until 2027-02-18), shipped as SR-2's swap unit; the clock moves
    /// ten days on. Returns its IMEI.
    /// </summary>
    public static string Add(UiTestDepot depot)
    {
        var id = UiTestDepot.Announced(1);
        var units = depot.Units;
        units.Receive(id);
        units.Inspect(id, InspectionOutcome.CoveredFault);
        units.SendToPartner(id, "NORDREP");
        units.PartnerResult(id, PartnerOutcome.Repaired);
        units.PassQc(id);
        var cases = new CaseService(depot.Context);
        cases.ReserveSwap("SR-2", id);
        cases.ShipSwap("SR-2");
        depot.Clock.Advance(TimeSpan.FromDays(10));
        return id;
    }
}
