namespace Depot.Storage.Postgres;

/// <summary>What a copy compared: rows per table, how many counters, and every counter that differs.</summary>
public sealed record StoreCopyResult(IReadOnlyList<TableCopyCount> Tables, int Counters, IReadOnlyList<string> CounterDifferences)
{
    /// <summary>Every table holds as many rows as in the source and every counter has its value.</summary>
    public bool Matches => Tables.All(t => t.Source == t.Target) && CounterDifferences.Count == 0;
}
