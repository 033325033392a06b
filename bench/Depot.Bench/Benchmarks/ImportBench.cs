using System.Globalization;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Owners;
using Depot.Core.Storage;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot import units FILE</c> of a 1,000,000-row file (written here from a seed) into a new
/// depot, run as the real executable, end to end: validation of every row, then applying, a unit and
/// its Intake event per row, one transaction, the import recorded. Peak memory is the child's
/// resident high-water mark. The baseline is the <c>sqlite3</c> shell's <c>.import</c> of the same
/// file into a plain table on the same disk.
/// </summary>
public sealed class ImportBench : IBenchmark
{
    private const int Owners = 50;
    private const int Models = 200;

    public string Name => "import";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        const string name = "import 1M-row units CSV (depot import units, child process)";
        const string target = ">= 50,000 rows/s, <= 4x .import, < 200 MB";
        var rows = setup.Units;
        var csv = Path.Combine(setup.Scratch, "units.csv");
        var bytes = UnitsCsv.Write(csv, rows, Owners, Models);
        setup.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {rows:N0} rows ({bytes / 1_048_576.0:F0} MB) to {csv}"));

        var depotDb = Path.Combine(setup.Scratch, "import.db");
        using (var context = DepotContext.Open(depotDb, "bench"))
        {
            var catalog = new Catalog(context);
            for (var o = 1; o <= Owners; o++)
            {
                catalog.AddOwner($"OWN{o:D3}", $"Owner {o}", 20_000);
            }

            for (var m = 1; m <= Models; m++)
            {
                catalog.AddModel($"SKU{m:D3}", $"Model {m}", new Money(199m + m, "EUR"));
            }
        }

        var plainDb = Path.Combine(setup.Scratch, "plain.db");
        var sqlite = ChildProcess.Run("sqlite3", [plainDb], $".mode csv\n.import {csv} units_plain\n");
        var depot = ChildProcess.Run(ChildProcess.Depot, ["--db", depotDb, "--operator", "bench", "import", "units", csv],
            environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        if (depot.Exit != 0 || sqlite.Exit != 0)
        {
            setup.Log.WriteLine($"  depot exit {depot.Exit}: {depot.Output}{depot.Error}\n  sqlite3 exit {sqlite.Exit}: {sqlite.Error}");
        }

        long units, plain;
        using (var context = DepotContext.Open(depotDb, "bench"))
        {
            units = Convert.ToInt64(context.Connection.Scalar("SELECT count(*) FROM units"));
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={plainDb}"))
        {
            connection.Open();
            plain = Convert.ToInt64(connection.Scalar("SELECT count(*) FROM units_plain"));
        }

        var rate = rows / (depot.Milliseconds / 1000);
        var bareRate = rows / (sqlite.Milliseconds / 1000);
        var ratio = depot.Milliseconds / sqlite.Milliseconds;
        var peakMb = depot.PeakRssKib / 1024.0;
        var met = depot.Exit == 0 && units == rows && plain == rows && rate >= 50_000 && ratio <= 4 && peakMb < 200;
        yield return new BenchResult(name, new Sample([depot.Milliseconds]), "sqlite3 shell .import into a plain table", new Sample([sqlite.Milliseconds]),
            target, met, string.Create(CultureInfo.InvariantCulture,
                $"{units:N0} units imported, {rate:N0} rows/s, peak RSS {peakMb:F0} MB; .import {plain:N0} rows, {bareRate:N0} rows/s, peak RSS {sqlite.PeakRssKib / 1024.0:F0} MB; {ratio:F2}x .import"));
    }
}
