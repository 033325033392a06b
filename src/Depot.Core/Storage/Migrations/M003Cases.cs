namespace Depot.Core.Storage.Migrations;

/// <summary>Case charges, count sessions with their lines and resolutions, audited corrections, and the calendar and fee settings.</summary>
internal static class M003Cases
{
    public static Migration Migration { get; } = new(3, "cases", """
        -- The money a case owes: one line per charge, never edited, only added.
        CREATE TABLE charges (
            id       INTEGER PRIMARY KEY,
            case_id  INTEGER NOT NULL REFERENCES cases (id),
            unit_id  INTEGER REFERENCES units (id),
            kind     TEXT NOT NULL CHECK (kind IN ('diagnostic_fee', 'quote', 'retail_price')),
            amount   TEXT NOT NULL,
            currency TEXT NOT NULL,
            reason   TEXT NOT NULL,
            at       TEXT NOT NULL,
            operator TEXT NOT NULL
        );
        CREATE INDEX charges_case ON charges (case_id, id);
        -- The swap unit's retail price is charged at most once per case, whatever the reason.
        CREATE UNIQUE INDEX charges_retail_once ON charges (case_id, kind) WHERE kind = 'retail_price';

        -- A cycle count of one bin or one owner's whole pool.
        CREATE TABLE count_sessions (
            id         INTEGER PRIMARY KEY,
            scope      TEXT NOT NULL CHECK (scope IN ('bin', 'owner')),
            target     TEXT NOT NULL COLLATE NOCASE,
            opened_at  TEXT NOT NULL,
            opened_by  TEXT NOT NULL,
            closed_at  TEXT,
            closed_by  TEXT
        );

        -- One scan: what was counted where, by whom.
        CREATE TABLE count_lines (
            id         INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES count_sessions (id),
            identifier TEXT NOT NULL,
            bin        TEXT,
            counted_at TEXT NOT NULL,
            counter    TEXT NOT NULL
        );
        CREATE INDEX count_lines_session ON count_lines (session_id, identifier);

        -- How a difference was settled: the action taken and why.
        CREATE TABLE count_resolutions (
            id         INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES count_sessions (id),
            identifier TEXT NOT NULL,
            kind       TEXT NOT NULL,
            action     TEXT NOT NULL,
            reason     TEXT NOT NULL,
            at         TEXT NOT NULL,
            operator   TEXT NOT NULL,
            UNIQUE (session_id, identifier, kind)
        );

        -- Descriptive fields corrected by hand (owner, model, bin): who, when, from what to what, why.
        CREATE TABLE unit_corrections (
            id        INTEGER PRIMARY KEY,
            unit_id   INTEGER NOT NULL REFERENCES units (id),
            field     TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            reason    TEXT NOT NULL,
            at        TEXT NOT NULL,
            operator  TEXT NOT NULL,
            session_id INTEGER REFERENCES count_sessions (id)
        );
        CREATE INDEX unit_corrections_unit ON unit_corrections (unit_id, id);

        INSERT OR IGNORE INTO settings (key, value) VALUES
            ('time_zone', 'Europe/Stockholm'),
            ('cut_off', '14:00'),
            ('holiday_countries', 'SE'),
            ('return_working_days', '10'),
            ('diagnostic_fee', '20.00 EUR');
        """);
}
