namespace Depot.Core.Storage;

/// <summary>A persisted row. Rows are plain data for the engines; domain types are made from them.</summary>
public interface IRow
{
    /// <summary>The row's id, unique in its table; 0 until inserted.</summary>
    long Id { get; set; }
}

/// <summary>A row guarded by optimistic concurrency (see <see cref="ITable{TRow}.UpdateIfVersion"/>).</summary>
public interface IVersionedRow : IRow
{
    long Version { get; set; }
}
