using Depot.Core.Calendar;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Agreements;

/// <summary>
/// An owner's fleet size over time. The pool target follows the fleet of today; the monthly
/// service fee follows it day by day, so every change is kept with the day it took effect.
/// </summary>
public sealed class FleetHistory(DepotContext context)
{
    /// <summary>
    /// Sets the owner's fleet from <paramref name="from"/> (today when not given; a day to come is
    /// refused, since the pool target follows the fleet of today). A change dated back before a
    /// later one is kept in the history without changing the fleet of today.
    /// </summary>
    public void Set(string ownerCode, int fleet, DateOnly? from = null)
    {
        if (fleet < 0)
        {
            throw new RefusedException($"the fleet size cannot be negative, got {fleet}");
        }

        var key = (ownerCode ?? "").Trim().ToUpperInvariant();
        var today = Today();
        var effective = from ?? today;
        if (effective > today)
        {
            throw new RefusedException($"a fleet change takes effect today or on a past day, not {effective:yyyy-MM-dd}: record it on the day it happens");
        }

        context.Write(w =>
        {
            var owner = w.Table<OwnerRow>().FindOne(OwnerRow.ByCode, key) ?? throw new RefusedException($"no owner with code \"{ownerCode}\"");
            var changes = w.Table<FleetChangeRow>().Find(FleetChangeRow.ByOwner, owner.Id);
            var before = FleetOn(owner.Fleet, changes, effective.AddDays(-1));
            var change = new FleetChangeRow
            {
                OwnerId = owner.Id,
                EffectiveFrom = effective,
                Fleet = fleet,
                Previous = before,
                RecordedAt = context.Now,
                Operator = context.Operator,
            };
            w.Table<FleetChangeRow>().Insert(change);
            owner.Fleet = FleetOn(owner.Fleet, [.. changes, change], today);
            w.Table<OwnerRow>().Update(owner);
        });
    }

    /// <summary>The owner's fleet as a list of (first day, size), oldest first; the first entry starts at the beginning of time.</summary>
    public IReadOnlyList<(DateOnly From, int Fleet)> Of(long ownerId, int currentFleet)
    {
        var changes = context.Read(s => s.Table<FleetChangeRow>().Find(FleetChangeRow.ByOwner, ownerId))
            .OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Id).ToList();
        if (changes.Count == 0)
        {
            return [(DateOnly.MinValue, currentFleet)];
        }

        return [(DateOnly.MinValue, changes[0].Previous), .. changes.Select(c => (c.EffectiveFrom, c.Fleet))];
    }

    private static int FleetOn(int currentFleet, IReadOnlyList<FleetChangeRow> changes, DateOnly day)
    {
        var ordered = changes.OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Id).ToList();
        if (ordered.Count == 0)
        {
            return currentFleet;
        }

        return ordered.LastOrDefault(c => c.EffectiveFrom <= day)?.Fleet ?? ordered[0].Previous;
    }

    private DateOnly Today() => DepotCalendar.For(context).LocalDate(context.Now);
}
