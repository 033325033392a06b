namespace Depot.Storage.Postgres;

/// <summary>One table's rows in the source and in the target after a copy.</summary>
public sealed record TableCopyCount(string Table, long Source, long Target);
