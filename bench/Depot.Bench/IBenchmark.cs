namespace Depot.Bench;

/// <summary>One benchmark of the harness. It gets the prepared database and returns report lines.</summary>
public interface IBenchmark
{
    /// <summary>Short name for --only.</summary>
    string Name { get; }

    /// <summary>False for a benchmark that needs no database, so running only such benchmarks generates none.</summary>
    bool NeedsDatabase => true;

    IEnumerable<BenchResult> Run(BenchSetup setup);
}
