using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Core.Coverage;

/// <summary>
/// The service warranty a repair carries: a unit that passed quality check after a partner
/// repaired it is covered for the repaired fault for a number of days (90 by default) or for its
/// remaining warranty or care plan, whichever ends later. A unit received again inside that
/// window is a repeat repair.
/// </summary>
/// <param name="Repaired">The day the repaired unit passed quality check (depot-local).</param>
/// <param name="Until">The last covered day.</param>
/// <param name="Partner">The partner that repaired it, when known.</param>
public sealed record RepairWarranty(DateOnly Repaired, DateOnly Until, string? Partner, string? Order)
{
    /// <summary>The default number of days a repair is covered.</summary>
    public const int DefaultDays = 90;

    public bool Covers(DateOnly day) => day >= Repaired && day <= Until;

    /// <summary>
    /// The warranty of the latest repair in <paramref name="history"/> (oldest event first) that
    /// passed quality check on or before <paramref name="asOf"/>, or null when the unit was never repaired.
    /// </summary>
    public static RepairWarranty? Latest(
        IReadOnlyList<UnitEvent> history, DateOnly asOf, TimeZoneInfo zone, int days, DateOnly? warrantyUntil, DateOnly? carePlanUntil)
    {
        DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        RepairWarranty? latest = null;
        UnitEvent? repair = null;
        string? partner = null;
        foreach (var e in history)
        {
            if (Local(e.At) > asOf)
            {
                break;
            }

            switch (e.Trigger)
            {
                case Trigger.Receive:
                    repair = null;
                    partner = null;
                    break;
                case Trigger.SendToPartner:
                    partner = e.Details.GetValueOrDefault("partner");
                    break;
                case Trigger.PartnerResult when e.Details.TryGetValue("outcome", out var outcome) && outcome == "Repaired":
                    repair = e;
                    break;
                case Trigger.PassQc when repair is not null:
                    var day = Local(e.At);
                    var until = new[] { day.AddDays(days), warrantyUntil ?? DateOnly.MinValue, carePlanUntil ?? DateOnly.MinValue }.Max();
                    latest = new RepairWarranty(day, until, partner, repair.Details.GetValueOrDefault("order"));
                    repair = null;
                    break;
            }
        }

        return latest;
    }
}
