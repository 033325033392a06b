namespace Depot.Bench;

/// <summary>What every benchmark gets: the generated database, its size, how many iterations, where to log.</summary>
/// <param name="Scratch">A folder for files a benchmark makes (CSV files, copies); deleted at the end.</param>
public sealed record BenchSetup(string DatabasePath, int Units, int Iterations, string Scratch, TextWriter Log);
