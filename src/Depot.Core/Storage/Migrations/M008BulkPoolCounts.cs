namespace Depot.Core.Storage.Migrations;

/// <summary>
/// A large stock intake counts its own units into <c>pool_counts</c>: while
/// <c>pool_counts_deferred</c> holds its one row (only ever inside the intake's transaction), the
/// per-unit trigger of migration 4 stands aside, and the intake adds one total per owner and model
/// before the row is deleted and the transaction commits. Counts stay exact at every commit.
/// </summary>
internal static class M008BulkPoolCounts
{
    public static Migration Migration { get; } = new(8, "bulk pool counts", """
        CREATE TABLE pool_counts_deferred (
            one INTEGER PRIMARY KEY CHECK (one = 1)
        );

        DROP TRIGGER pool_counts_unit_added;

        CREATE TRIGGER pool_counts_unit_added AFTER INSERT ON units
        WHEN NEW.owner_id IS NOT NULL AND NEW.model_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pool_counts_deferred)
        BEGIN
            INSERT INTO pool_counts (owner_id, model_id, state, repair_case, units)
            VALUES (NEW.owner_id, NEW.model_id, NEW.state, NEW.repair_case, 1)
            ON CONFLICT DO UPDATE SET units = units + 1;
        END;
        """);
}
