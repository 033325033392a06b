namespace Depot.Storage.Postgres;

/// <summary>How far a copy is: <paramref name="Done"/> of <paramref name="Total"/> rows of <paramref name="Table"/>.</summary>
public sealed record StoreCopyProgress(string Table, long Done, long Total);
