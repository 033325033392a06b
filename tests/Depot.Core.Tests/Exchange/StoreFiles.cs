namespace Depot.Core.Tests.Exchange;

/// <summary>Where a depot opened at a path keeps its store, for tests that copy a store into place before opening it.</summary>
internal static class StoreFiles
{
    /// <summary>The store file of the depot at <paramref name="databasePath"/>: beside the old database file while both exist (see <see cref="DepotContext"/>).</summary>
    public static string Of(string databasePath) => databasePath + ".lite";
}
