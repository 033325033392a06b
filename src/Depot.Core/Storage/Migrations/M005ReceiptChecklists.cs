namespace Depot.Core.Storage.Migrations;

/// <summary>What came in the box with a received unit, and whether the SIM was taken out.</summary>
internal static class M005ReceiptChecklists
{
    public static Migration Migration { get; } = new(5, "receipt checklists", """
        -- One checklist per receipt (the Receive event), ticked at the dock before or after the scan.
        CREATE TABLE receipt_checklists (
            event_id    INTEGER PRIMARY KEY REFERENCES events (id),
            charger     INTEGER NOT NULL DEFAULT 0,
            cable       INTEGER NOT NULL DEFAULT 0,
            box         INTEGER NOT NULL DEFAULT 0,
            sim_removed INTEGER NOT NULL DEFAULT 0,
            recorded_at TEXT NOT NULL,
            operator    TEXT NOT NULL
        );
        """);
}
