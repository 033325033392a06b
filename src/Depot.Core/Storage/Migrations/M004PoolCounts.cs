namespace Depot.Core.Storage.Migrations;

/// <summary>
/// Pool levels without counting a million units: <c>pool_counts</c> holds how many units each
/// owner has per model, state and whether the unit's latest case is a repair-only case, kept
/// exact by triggers in the same transaction as every change. <c>units.repair_case</c> is that
/// last fact per unit (1 when the latest case linked to the unit is of kind repair).
/// </summary>
internal static class M004PoolCounts
{
    public static Migration Migration { get; } = new(4, "pool counts", """
        ALTER TABLE units ADD COLUMN repair_case INTEGER NOT NULL DEFAULT 0;

        UPDATE units SET repair_case = 1
        WHERE (SELECT c.kind FROM case_units cu JOIN cases c ON c.id = cu.case_id
               WHERE cu.unit_id = units.id ORDER BY c.id DESC LIMIT 1) = 'repair';

        CREATE TABLE pool_counts (
            owner_id    INTEGER NOT NULL,
            model_id    INTEGER NOT NULL,
            state       TEXT NOT NULL,
            repair_case INTEGER NOT NULL,
            units       INTEGER NOT NULL,
            PRIMARY KEY (owner_id, model_id, state, repair_case)
        ) WITHOUT ROWID;

        INSERT INTO pool_counts (owner_id, model_id, state, repair_case, units)
        SELECT owner_id, model_id, state, repair_case, count(*) FROM units
        WHERE owner_id IS NOT NULL AND model_id IS NOT NULL
        GROUP BY owner_id, model_id, state, repair_case;

        CREATE TRIGGER pool_counts_unit_added AFTER INSERT ON units
        WHEN NEW.owner_id IS NOT NULL AND NEW.model_id IS NOT NULL
        BEGIN
            INSERT INTO pool_counts (owner_id, model_id, state, repair_case, units)
            VALUES (NEW.owner_id, NEW.model_id, NEW.state, NEW.repair_case, 1)
            ON CONFLICT DO UPDATE SET units = units + 1;
        END;

        CREATE TRIGGER pool_counts_unit_changed AFTER UPDATE OF owner_id, model_id, state, repair_case ON units
        BEGIN
            UPDATE pool_counts SET units = units - 1
            WHERE owner_id = OLD.owner_id AND model_id = OLD.model_id AND state = OLD.state AND repair_case = OLD.repair_case;
            INSERT INTO pool_counts (owner_id, model_id, state, repair_case, units)
            SELECT NEW.owner_id, NEW.model_id, NEW.state, NEW.repair_case, 1
            WHERE NEW.owner_id IS NOT NULL AND NEW.model_id IS NOT NULL
            ON CONFLICT DO UPDATE SET units = units + 1;
        END;

        CREATE TRIGGER units_repair_case AFTER INSERT ON case_units
        WHEN NEW.case_id = (SELECT max(case_id) FROM case_units WHERE unit_id = NEW.unit_id)
        BEGIN
            UPDATE units SET repair_case = (SELECT kind = 'repair' FROM cases WHERE id = NEW.case_id)
            WHERE id = NEW.unit_id AND repair_case IS NOT (SELECT kind = 'repair' FROM cases WHERE id = NEW.case_id);
        END;
        """);
}
