using Microsoft.Data.Sqlite;

namespace Depot.Core.Generation;

/// <summary>The prepared inserts of the generator, one per table, in the column shapes the services write.</summary>
internal sealed class VolumeWriter : IDisposable
{
    public VolumeWriter(SqliteConnection connection)
    {
        Owner = new BulkInsert(connection,
            "INSERT INTO owners (id, code, name, fleet, target_percent, policy) VALUES ($1, $2, $3, $4, $5, $6)",
            "$1", "$2", "$3", "$4", "$5", "$6");
        Model = new BulkInsert(connection,
            "INSERT INTO models (id, sku, name, retail_price, currency) VALUES ($1, $2, $3, $4, $5)",
            "$1", "$2", "$3", "$4", "$5");
        Unit = new BulkInsert(connection,
            """
            INSERT INTO units (id, identifier, identifier_kind, owner_id, model_id, state, grade, bin, purchased,
                               warranty_until, care_plan_until, unannounced, version, state_since)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            """,
            "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "$10", "$11", "$12", "$13", "$14");
        Identifier = new BulkInsert(connection,
            "INSERT INTO unit_identifiers (identifier, unit_id, kind, added_at) VALUES ($1, $2, $3, $4)",
            "$1", "$2", "$3", "$4");
        Case = new BulkInsert(connection,
            """
            INSERT INTO cases (id, ticket, owner_id, kind, opened_at, customer, phone, email, address, fault, reported_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $5)
            """,
            "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "$10");
        CaseUnit = new BulkInsert(connection,
            "INSERT OR IGNORE INTO case_units (case_id, unit_id, role) VALUES ($1, $2, $3)",
            "$1", "$2", "$3");
        RepairOrder = new BulkInsert(connection,
            """
            INSERT INTO repair_orders (order_no, unit_id, case_id, partner, sent_at, result, completed_at, quote_amount, quote_currency)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9");
        Event = new BulkInsert(connection,
            """
            INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8");
    }

    public BulkInsert Owner { get; }

    public BulkInsert Model { get; }

    public BulkInsert Unit { get; }

    public BulkInsert Identifier { get; }

    public BulkInsert Case { get; }

    public BulkInsert CaseUnit { get; }

    public BulkInsert RepairOrder { get; }

    public BulkInsert Event { get; }

    public SqliteTransaction? Transaction
    {
        set
        {
            foreach (var insert in All)
            {
                insert.Transaction = value;
            }
        }
    }

    private IEnumerable<BulkInsert> All => [Owner, Model, Unit, Identifier, Case, CaseUnit, RepairOrder, Event];

    public void Dispose()
    {
        foreach (var insert in All)
        {
            insert.Dispose();
        }
    }
}
