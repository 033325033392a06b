using System.Globalization;
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
/// <param name="Order">The repair order of that repair, when known.</param>
public sealed record RepairWarranty(DateOnly Repaired, DateOnly Until, string? Partner, string? Order)
{
    /// <summary>The default number of days a repair is covered.</summary>
    public const int DefaultDays = 90;

    /// <summary>The receipt detail that marks a repeat repair ("true").</summary>
    public const string RepeatKey = "repeat_repair";

    /// <summary>The receipt detail naming the partner whose repair came back (counted in its repeat-repair rate).</summary>
    public const string RepairedByKey = "repaired_by";

    private const string RepairedOnKey = "repaired_on";
    private const string OrderKey = "repair_order";
    private const string UntilKey = "repair_warranty_until";

    public bool Covers(DateOnly day) => day >= Repaired && day <= Until;

    /// <summary>
    /// The details a receipt inside this window records, so the repeat repair is kept with the event;
    /// the inspection that follows records the same.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> ReceiptDetails() =>
    [
        new(RepeatKey, "true"),
        new(RepairedOnKey, Repaired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new(RepairedByKey, Partner),
        new(OrderKey, Order),
        new(UntilKey, Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    /// <summary>The repair a receipt came back inside of (what <see cref="ReceiptDetails"/> recorded), or null when it was no repeat repair.</summary>
    public static RepairWarranty? RepeatOf(IReadOnlyDictionary<string, string> receiptDetails) =>
        receiptDetails.GetValueOrDefault(RepeatKey) == "true"
        && DateOnly.TryParseExact(receiptDetails.GetValueOrDefault(RepairedOnKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var repaired)
        && DateOnly.TryParseExact(receiptDetails.GetValueOrDefault(UntilKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
            ? new RepairWarranty(repaired, until, receiptDetails.GetValueOrDefault(RepairedByKey), receiptDetails.GetValueOrDefault(OrderKey))
            : null;

    /// <summary>The repair the unit's latest receipt in <paramref name="history"/> came back inside of; null when that receipt was no repeat repair.</summary>
    public static RepairWarranty? RepeatOfLastReceipt(IReadOnlyList<UnitEvent> history) =>
        history.LastOrDefault(e => e.Trigger == Trigger.Receive) is { } receipt ? RepeatOf(receipt.Details) : null;

    /// <summary>"repeat repair: repaired by NORDREP on 2026-03-02, repair warranty until 2026-05-31".</summary>
    public string DescribeRepeat() =>
        $"repeat repair: repaired{(Partner is null ? "" : $" by {Partner}")} on {Repaired:yyyy-MM-dd}, repair warranty until {Until:yyyy-MM-dd}";

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
