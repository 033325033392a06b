namespace Depot.Core.Storage.Migrations;

/// <summary>Owners, models, units with identifier aliases, minimal cases, repair orders and the event log.</summary>
internal static class M001Foundation
{
    public static Migration Migration { get; } = new(1, "foundation", """
        CREATE TABLE owners (
            id             INTEGER PRIMARY KEY,
            code           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name           TEXT NOT NULL,
            fleet          INTEGER NOT NULL CHECK (fleet >= 0),
            target_percent TEXT NOT NULL,
            policy         TEXT NOT NULL CHECK (policy IN ('pool', 'user'))
        );

        CREATE TABLE models (
            id           INTEGER PRIMARY KEY,
            sku          TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name         TEXT NOT NULL,
            retail_price TEXT NOT NULL,
            currency     TEXT NOT NULL
        );

        CREATE TABLE units (
            id              INTEGER PRIMARY KEY,
            identifier      TEXT NOT NULL,
            identifier_kind TEXT NOT NULL,
            owner_id        INTEGER REFERENCES owners (id),
            model_id        INTEGER REFERENCES models (id),
            state           TEXT NOT NULL,
            grade           TEXT,
            bin             TEXT,
            purchased       TEXT,
            warranty_until  TEXT,
            care_plan_until TEXT,
            unannounced     INTEGER NOT NULL DEFAULT 0,
            version         INTEGER NOT NULL,
            state_since     TEXT NOT NULL
        );
        CREATE INDEX units_state ON units (state, state_since);
        CREATE INDEX units_owner ON units (owner_id, state);

        -- Every identifier a unit ever had (IMEI, serial, the old IMEI after a board swap).
        CREATE TABLE unit_identifiers (
            identifier TEXT PRIMARY KEY,
            unit_id    INTEGER NOT NULL REFERENCES units (id),
            kind       TEXT NOT NULL,
            added_at   TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX unit_identifiers_unit ON unit_identifiers (unit_id);

        CREATE TABLE cases (
            id        INTEGER PRIMARY KEY,
            ticket    TEXT NOT NULL UNIQUE COLLATE NOCASE,
            owner_id  INTEGER NOT NULL REFERENCES owners (id),
            kind      TEXT NOT NULL CHECK (kind IN ('swap', 'repair', 'loan')),
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            -- The end user and what they reported.
            customer  TEXT,
            phone     TEXT,
            email     TEXT,
            address   TEXT,
            fault     TEXT,
            -- When the service desk registered the case (drives the ship cut-off); opened_at is when the depot recorded it.
            reported_at TEXT,
            -- Diagnosis checklist answers (control questions, SIM removed, accessories) as JSON.
            diagnosis TEXT,
            ship_date TEXT,
            due_date  TEXT
        );
        CREATE INDEX cases_owner ON cases (owner_id, opened_at);

        -- The units a case moves: the defective unit coming back, the swap unit going out.
        CREATE TABLE case_units (
            case_id INTEGER NOT NULL REFERENCES cases (id),
            unit_id INTEGER NOT NULL REFERENCES units (id),
            role    TEXT NOT NULL CHECK (role IN ('defective', 'swap')),
            PRIMARY KEY (case_id, unit_id)
        );
        CREATE INDEX case_units_unit ON case_units (unit_id, case_id);

        CREATE TABLE repair_orders (
            id             INTEGER PRIMARY KEY,
            order_no       TEXT NOT NULL UNIQUE,
            unit_id        INTEGER NOT NULL REFERENCES units (id),
            case_id        INTEGER REFERENCES cases (id),
            partner        TEXT NOT NULL,
            sent_at        TEXT NOT NULL,
            result         TEXT,
            completed_at   TEXT,
            quote_amount   TEXT,
            quote_currency TEXT,
            note           TEXT
        );
        CREATE INDEX repair_orders_unit ON repair_orders (unit_id, id);

        -- The audit trail. Immutable: a unit's state is always the fold of its events.
        CREATE TABLE events (
            id         INTEGER PRIMARY KEY,
            unit_id    INTEGER NOT NULL REFERENCES units (id),
            at         TEXT NOT NULL,
            operator   TEXT NOT NULL,
            trigger    TEXT NOT NULL,
            from_state TEXT,
            to_state   TEXT NOT NULL,
            case_id    INTEGER REFERENCES cases (id),
            details    TEXT
        );
        CREATE INDEX events_unit ON events (unit_id, id);
        CREATE INDEX events_at ON events (at);

        -- Service vouchers, each linked to one IMEI; the service follows the device.
        CREATE TABLE vouchers (
            code       TEXT PRIMARY KEY COLLATE NOCASE,
            imei       TEXT NOT NULL,
            purchased  TEXT NOT NULL,
            registered TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX vouchers_imei ON vouchers (imei);

        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """);
}
