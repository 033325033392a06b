namespace Depot.Core.Storage;

/// <summary>Which engine holds the depot, where, and in which format version.</summary>
/// <param name="Engine">"LiteDB" or "PostgreSQL".</param>
/// <param name="Location">The full file path, or the server and database (never a password).</param>
public sealed record StoreDescription(string Engine, string Location, int FormatVersion)
{
    public override string ToString() => $"{Location} ({Engine})";
}
