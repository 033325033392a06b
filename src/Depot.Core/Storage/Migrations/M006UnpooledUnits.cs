namespace Depot.Core.Storage.Migrations;

/// <summary>
/// Units per state without counting a million units: <c>pool_counts</c> (migration 4) holds every
/// unit with an owner and a model; this small partial index finds the few others (unknown units in
/// quarantine, units never given an owner or model), so the home screen adds them in a moment.
/// </summary>
internal static class M006UnpooledUnits
{
    public static Migration Migration { get; } = new(6, "unpooled units", """
        CREATE INDEX units_unpooled ON units (state) WHERE owner_id IS NULL OR model_id IS NULL;
        """);
}
