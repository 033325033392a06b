namespace Depot.Bench.Benchmarks;

/// <summary>
/// SLOT (UI, issue 3): from start to the first frame of the full-screen UI on the 1M database.
/// Target: under 300 ms. To fill: start <c>dotnet depot.dll --db PATH</c> (or render the first
/// screen's view to text in-process) and stop the clock at the first complete frame; baseline:
/// <c>dotnet depot.dll --help</c>, the cost of starting the runtime.
/// </summary>
public sealed class FirstFrameBench : IBenchmark
{
    public string Name => "first-frame";

    public IEnumerable<BenchResult> Run(BenchSetup setup) =>
        [BenchResult.Pending("UI start to first frame", "< 300 ms", "slot: added with the UI")];
}
