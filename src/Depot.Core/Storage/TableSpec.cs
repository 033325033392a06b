namespace Depot.Core.Storage;

/// <summary>One table of the depot: its row type, its stored name and its indexes.</summary>
public sealed record TableSpec(Type RowType, string Name, IReadOnlyList<IndexSpec> Indexes);
