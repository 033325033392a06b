using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Pool;
using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core.Tests.Durability;

/// <summary>
/// The counts behind pool levels are kept by the database itself; after generated history and
/// live changes through the services they equal a full recount of the units.
/// </summary>
public sealed class PoolCountsTests
{
    [Fact]
    public void Pool_counts_equal_a_recount_after_generation_and_live_changes()
    {
        using var depot = GeneratedDepot.Create(units: 2500);
        using var context = depot.Open();
        var units = new UnitService(context);
        var cases = new CaseService(context);
        foreach (var scan in GeneratedDepot.Receivable(context, 40))
        {
            units.Receive(scan);
            units.Inspect(scan, InspectionOutcome.NoFaultFound);
            units.PassQc(scan);
        }

        var available = units.List(new UnitFilter(UnitState.Available, Limit: 5));
        var repairCase = cases.Open("T-REPAIR-1", available[0].OwnerCode!, CaseKind.Repair);
        units.Reserve(available[0].Identifier.Value, repairCase.Ticket);
        units.Unreserve(available[0].Identifier.Value);

        Assert.Equal(Recount(context), Counted(context));
        Assert.Equal(0L, context.Connection.Scalar(
            """
            SELECT count(*) FROM units u
            WHERE u.repair_case <> coalesce((SELECT c.kind = 'repair' FROM case_units cu JOIN cases c ON c.id = cu.case_id
                                             WHERE cu.unit_id = u.id ORDER BY c.id DESC LIMIT 1), 0)
            """));
        Assert.Equal(UnitScanLevels(context), new PoolLevels(context).ForAllOwners()
            .Where(l => l.ModelSku is not null)
            .Select(l => $"{l.OwnerCode}/{l.ModelSku}: {l.Available} {l.Reserved} {l.InRepair}").ToList());
    }

    private static List<string> Recount(DepotContext context) => Rows(context,
        "SELECT owner_id, model_id, state, repair_case, count(*) FROM units WHERE owner_id IS NOT NULL AND model_id IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");

    private static List<string> Counted(DepotContext context) => Rows(context,
        "SELECT owner_id, model_id, state, repair_case, units FROM pool_counts WHERE units > 0 ORDER BY 1, 2, 3, 4");

    // The pool levels computed the slow way, unit by unit, as the definition says.
    private static List<string> UnitScanLevels(DepotContext context) => Rows(context,
        $"""
        SELECT o.code || '/' || m.sku || ': ' || sum(u.state = 'Available') || ' ' || sum(u.state = 'Reserved') || ' ' ||
               sum(u.state IN ({PoolLevels.InRepairStates}) AND o.policy = 'pool'
                   AND coalesce((SELECT c.kind FROM case_units cu JOIN cases c ON c.id = cu.case_id
                                 WHERE cu.unit_id = u.id ORDER BY c.id DESC LIMIT 1), 'swap') <> 'repair')
        FROM units u JOIN owners o ON o.id = u.owner_id JOIN models m ON m.id = u.model_id
        WHERE u.state IN ('Available', 'Reserved', {PoolLevels.InRepairStates})
        GROUP BY o.code, m.sku ORDER BY o.code, m.sku
        """);

    private static List<string> Rows(DepotContext context, string sql)
    {
        using var command = context.Connection.Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return rows;
    }
}
