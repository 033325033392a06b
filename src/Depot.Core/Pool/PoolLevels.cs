using Depot.Core.Owners;
using Depot.Core.Storage;

namespace Depot.Core.Pool;

/// <summary>
/// Swap pool levels per owner and model against the owner's target. One query over the counts
/// the database keeps per owner, model and state (<c>pool_counts</c>), so it costs the same at a
/// million units as at a hundred; the CLI, the UI and the export all read it.
/// </summary>
public sealed partial class PoolLevels(DepotContext context)
{
    /// <summary>The states of a unit in repair on its way back to a pool.</summary>
    public const string InRepairStates = "'Received','QualityCheck','AwaitingRepair','AwaitingApproval','AtPartner'";

    /// <summary>
    /// Every owner's pool: the owner line first (model null, target = the owner's target), then one
    /// line per model it holds. A model line's target is the owner's target shared out in proportion
    /// to the model's part of the pool.
    /// </summary>
    public IReadOnlyList<PoolLevel> ForAllOwners()
    {
        var owners = new Catalog(context).ListOwners();
        var byOwner = new Dictionary<string, List<(string Model, int Available, int Reserved, int InRepair)>>(StringComparer.OrdinalIgnoreCase);
        using (var command = context.Connection.Command(
            $"""
            SELECT o.code, m.sku, a.available, a.reserved, CASE WHEN o.policy = 'pool' THEN a.in_repair ELSE 0 END
            FROM (SELECT owner_id, model_id,
                         sum(CASE WHEN state = 'Available' THEN units ELSE 0 END) AS available,
                         sum(CASE WHEN state = 'Reserved' THEN units ELSE 0 END) AS reserved,
                         sum(CASE WHEN state IN ({InRepairStates}) AND repair_case = 0 THEN units ELSE 0 END) AS in_repair
                  FROM pool_counts
                  WHERE state IN ('Available', 'Reserved', {InRepairStates}) AND units > 0
                  GROUP BY owner_id, model_id) a
            JOIN owners o ON o.id = a.owner_id JOIN models m ON m.id = a.model_id
            ORDER BY o.code, m.sku
            """, context.CurrentTransaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var owner = reader.GetString(0);
                if (!byOwner.TryGetValue(owner, out var rows))
                {
                    byOwner[owner] = rows = [];
                }

                rows.Add((reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
            }
        }

        var levels = new List<PoolLevel>();
        foreach (var owner in owners)
        {
            var rows = byOwner.GetValueOrDefault(owner.Code) ?? [];
            levels.Add(new PoolLevel(owner.Code, null, rows.Sum(r => r.Available), rows.Sum(r => r.Reserved), rows.Sum(r => r.InRepair), owner.Target));
            var held = rows.Sum(r => r.Available + r.Reserved + r.InRepair);
            foreach (var row in rows)
            {
                var share = held == 0 ? 0 : (int)Math.Ceiling(owner.Target * (decimal)(row.Available + row.Reserved + row.InRepair) / held);
                levels.Add(new PoolLevel(owner.Code, row.Model, row.Available, row.Reserved, row.InRepair, share));
            }
        }

        return levels;
    }
}
