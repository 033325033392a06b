using System.Globalization;
using Depot.Core.Owners;
using Depot.Core.Reports;

namespace Depot.Core.Pool;

// Per-owner pictures and refill proposals weighted by what the owner's cases consume: a swap or
// loan case asks for a unit of its defective device's model (even when a substitute went out).
public sealed partial class PoolLevels
{
    /// <summary>How far back the cases' consumption of swap units is counted, in whole days (UTC): the cases opened since the start of the day this many days ago.</summary>
    public const int ConsumptionDays = 180;

    /// <summary>Every owner's pool with its refill proposal.</summary>
    public IReadOnlyList<OwnerPool> Owners()
    {
        var levels = ForAllOwners();
        var consumption = Consumption();
        return new Catalog(context).ListOwners().Select(owner =>
        {
            var mine = levels.Where(l => string.Equals(l.OwnerCode, owner.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            var total = mine.First(l => l.ModelSku is null);
            var models = mine.Where(l => l.ModelSku is not null).ToList();
            var used = consumption.GetValueOrDefault(owner.Code) ?? [];
            return new OwnerPool(owner, total, models, Propose(owner.Code, total.Shortfall, models, used));
        }).ToList();
    }

    /// <summary>One owner's pool, or a refusal naming the known owners.</summary>
    public OwnerPool ForOwner(string ownerCode)
    {
        var code = new Catalog(context).RequireOwner(ownerCode).Code;
        return Owners().First(p => p.Owner.Code == code);
    }

    /// <summary>
    /// Shares <paramref name="shortfall"/> out over models in proportion to what the owner's cases
    /// consumed (<see cref="LargestRemainder"/>, so the lines add up to the shortfall). Without consumption the
    /// pool's own model mix is the weight.
    /// </summary>
    public static IReadOnlyList<RefillLine> Propose(string ownerCode, int shortfall, IReadOnlyList<PoolLevel> models, IReadOnlyDictionary<string, int> consumed)
    {
        if (shortfall <= 0)
        {
            return [];
        }

        var weights = consumed.Count > 0
            ? consumed.Where(kv => kv.Value > 0).Select(kv => (Model: kv.Key, Weight: kv.Value)).ToList()
            : models.Select(m => (Model: m.ModelSku!, Weight: m.Available + m.Reserved + m.InRepair)).Where(w => w.Weight > 0).ToList();
        if (weights.Count == 0)
        {
            return [];
        }

        var shares = LargestRemainder.Share(shortfall, weights);
        return weights
            .Select((w, i) => new RefillLine(ownerCode, w.Model, shares[i], consumed.GetValueOrDefault(w.Model)))
            .Where(r => r.Quantity > 0)
            .OrderByDescending(r => r.Quantity).ThenBy(r => r.ModelSku, StringComparer.Ordinal)
            .ToList();
    }

    // The cases' consumption, read from the counters the cases keep per day and month they were
    // opened (UTC): the whole months after the window's first day, and that first month day by day.
    private Dictionary<string, Dictionary<string, int>> Consumption()
    {
        var catalog = new Catalog(context);
        var owners = catalog.ListOwners().ToDictionary(o => o.Id, o => o.Code);
        var skus = catalog.ListModels().ToDictionary(m => m.Id, m => m.Sku);
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var since = DateOnly.FromDateTime(context.Now.AddDays(-ConsumptionDays).UtcDateTime);
        var prefixes = new List<string>();
        for (var day = since; day.Month == since.Month && day <= today; day = day.AddDays(1))
        {
            prefixes.Add(ReportCounts.ConsumedDayPrefix(day));
        }

        for (var month = new DateOnly(since.Year, since.Month, 1).AddMonths(1); month <= today; month = month.AddMonths(1))
        {
            prefixes.Add(ReportCounts.ConsumedMonthPrefix(month));
        }

        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        context.Read(session =>
        {
            foreach (var prefix in prefixes)
            {
                foreach (var counter in session.Counters(prefix).Where(c => c.Value != 0 && c.Key.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    var ids = counter.Key[prefix.Length..].Split('|');
                    if (ids.Length != 2 || !long.TryParse(ids[0], CultureInfo.InvariantCulture, out var ownerId) || !long.TryParse(ids[1], CultureInfo.InvariantCulture, out var modelId)
                        || !owners.TryGetValue(ownerId, out var owner) || !skus.TryGetValue(modelId, out var sku))
                    {
                        continue;
                    }

                    if (!result.TryGetValue(owner, out var models))
                    {
                        result[owner] = models = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    }

                    models[sku] = models.GetValueOrDefault(sku) + (int)counter.Value;
                }
            }

            return 0;
        });
        return result;
    }
}
