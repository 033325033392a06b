namespace Depot.Core.Storage.Migrations;

/// <summary>Every migration the program knows, in order. A database is brought forward to the last one when opened.</summary>
public static class Schema
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        M001Foundation.Migration,
        M002Exchange.Migration,
        M003Cases.Migration,
        M004PoolCounts.Migration,
        M005ReceiptChecklists.Migration,
        M006UnpooledUnits.Migration,
        M008BulkPoolCounts.Migration,
    ];

    /// <summary>The version a fully migrated database has.</summary>
    public static int CurrentVersion => All[^1].Version;
}
