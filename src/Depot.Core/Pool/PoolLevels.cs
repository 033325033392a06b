using Depot.Core.Owners;
using Depot.Core.Storage;

namespace Depot.Core.Pool;

/// <summary>Swap pool levels per owner and model against the owner's target. One query; the CLI, the UI and the export all read it.</summary>
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
            SELECT o.code, m.sku,
                   sum(u.state = 'Available'),
                   sum(u.state = 'Reserved'),
                   sum(u.state IN ({InRepairStates}) AND o.policy = 'pool'
                       AND coalesce((SELECT c.kind FROM case_units cu JOIN cases c ON c.id = cu.case_id
                                     WHERE cu.unit_id = u.id ORDER BY c.id DESC LIMIT 1), 'swap') <> 'repair')
            FROM units u JOIN owners o ON o.id = u.owner_id JOIN models m ON m.id = u.model_id
            WHERE u.state IN ('Available', 'Reserved', {InRepairStates})
            GROUP BY o.code, m.sku
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
