namespace Depot.Bench;

/// <summary>One benchmark of the harness. It gets the prepared database and returns report lines.</summary>
public interface IBenchmark
{
    /// <summary>Short name for --only.</summary>
    string Name { get; }

    IEnumerable<BenchResult> Run(BenchSetup setup);
}
