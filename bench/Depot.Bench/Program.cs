using Depot.Bench;
using Depot.Bench.Benchmarks;

// dotnet run -c Release --project bench/Depot.Bench -- [--db PATH] [--units N] [--iterations N] [--only NAME,...] [--markdown FILE]
Depot.Core.Storage.StoreEngines.Register(new Depot.Storage.LiteDb.LiteDbEngine());
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: depot-bench [--db PATH] [--units N] [--iterations N] [--only receive,find,pool,check,backup,import,quality,first-frame,lifecycle,postgres,postgres-depot,ui,ui-scan] [--markdown FILE]");
    return 2;
}

IBenchmark[] all =
[
    new ReceiveBench(),
    new FindBench(),
    new PoolLevelsBench(),
    new CheckBench(),
    new BackupBench(),
    new ImportBench(),
    new QualityReportBench(),
    new FirstFrameBench(),
    new LifecycleBench(),
    new PostgresBench(),
    new PostgresDepotBench(),
    new UiBench(),
    new UiScanBench(),
];

var log = Console.Error;
var selected = all.Where(b => options.Only is null || options.Only.Contains(b.Name)).ToArray();
var database = selected.Any(b => b.NeedsDatabase) ? BenchDatabase.Ensure(options.DatabasePath, options.Units, log) : options.DatabasePath;
var scratch = Directory.CreateTempSubdirectory("depot-bench-").FullName;
var setup = new BenchSetup(database, options.Units, options.Iterations, scratch, log);
var results = new List<BenchResult>();
try
{
    foreach (var benchmark in selected)
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
