namespace Depot.Core.Storage;

/// <summary>How a depot is opened.</summary>
/// <param name="Create">Create the depot when it does not exist (otherwise refuse).</param>
/// <param name="ReadOnly">Open for reading only (checks, exports of a backup).</param>
public sealed record StoreOpenOptions(bool Create = true, bool ReadOnly = false);

/// <summary>A storage engine: knows which locations it serves and opens them.</summary>
public interface IStoreEngine
{
    /// <summary>"LiteDB", "PostgreSQL".</summary>
    string Name { get; }

    /// <summary>Whether <paramref name="location"/> (a path, a URL, a connection string) is this engine's.</summary>
    bool Accepts(string location);

    /// <summary>Opens the depot at <paramref name="location"/>, creating or upgrading its schema as needed.</summary>
    IDepotStore Open(string location, StoreOpenOptions options);
}
