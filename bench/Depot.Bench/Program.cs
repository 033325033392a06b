using Depot.Bench;
using Depot.Bench.Benchmarks;

// dotnet run -c Release --project bench/Depot.Bench -- [--db PATH] [--units N] [--iterations N] [--only NAME,...] [--markdown FILE]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: depot-bench [--db PATH] [--units N] [--iterations N] [--only receive,find,pool,check,backup,import,quality,first-frame,ui,ui-scan] [--markdown FILE]");
    return 2;
}

IBenchmark[] all =
[
    new ReceiveBench(),
    new FindBench(),
    new PoolLevelsBench(),
    new CheckBench(),
    new BackupBench(),
    // Slots filled when the CSV import, the quality report and the UI are merged.
    new ImportBench(),
    new QualityReportBench(),
    new FirstFrameBench(),
    new UiBench(),
    new UiScanBench(),
];

var log = Console.Error;
var database = BenchDatabase.Ensure(options.DatabasePath, options.Units, log);
var scratch = Directory.CreateTempSubdirectory("depot-bench-").FullName;
var setup = new BenchSetup(database, options.Units, options.Iterations, scratch, log);
var results = new List<BenchResult>();
try
{
    foreach (var benchmark in all.Where(b => options.Only is null || options.Only.Contains(b.Name)))
    {
        log.WriteLine($"running {benchmark.Name} ...");
        results.AddRange(benchmark.Run(setup));
    }
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

var report = Report.Markdown(results, Machine.Describe(), database, options);
Console.WriteLine(report);
if (options.MarkdownPath is { } path)
{
    File.WriteAllText(path, report);
}

return results.Any(r => r.Met == false) ? 1 : 0;
