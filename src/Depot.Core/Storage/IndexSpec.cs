namespace Depot.Core.Storage;

/// <summary>The kind of value an index key holds.</summary>
public enum IndexKeyType
{
    Text,
    Integer,
}

/// <summary>
/// An index a row type declares: <paramref name="Field"/> is the name of one of the row's
/// properties holding the key. Engines create it on open; queries name it.
/// </summary>
public sealed record IndexSpec(string Name, string Field, IndexKeyType KeyType, bool Unique = false);
