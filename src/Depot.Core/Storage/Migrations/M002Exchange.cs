namespace Depot.Core.Storage.Migrations;

/// <summary>Partner file exchange: the record of every import, and the repair results partners reported.</summary>
internal static class M002Exchange
{
    public static Migration Migration { get; } = new(2, "exchange", """
        -- One line per import that changed the depot: which file (name and SHA-256), who, when, and the counts.
        CREATE TABLE imports (
            id              INTEGER PRIMARY KEY,
            kind            TEXT NOT NULL,
            file_name       TEXT NOT NULL,
            sha256          TEXT NOT NULL,
            operator        TEXT NOT NULL,
            at              TEXT NOT NULL,
            rows_read       INTEGER NOT NULL,
            applied         INTEGER NOT NULL,
            already_applied INTEGER NOT NULL,
            rejected        INTEGER NOT NULL,
            strict          INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX imports_at ON imports (at);

        -- What a partner reported for a repair order, keyed as the partner keys it (order + result + completed),
        -- so that importing the same result file twice changes nothing. Parts and labour are kept for billing.
        CREATE TABLE repair_results (
            order_no       TEXT NOT NULL,
            result         TEXT NOT NULL,
            completed      TEXT NOT NULL,
            imei           TEXT NOT NULL,
            new_imei       TEXT,
            parts          TEXT,
            labour_minutes INTEGER,
            cost           TEXT,
            currency       TEXT,
            quote          TEXT,
            note           TEXT,
            import_id      INTEGER REFERENCES imports (id),
            PRIMARY KEY (order_no, result, completed)
        ) WITHOUT ROWID;
        """);
}
