using System.Diagnostics;
using System.Globalization;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Owners;
using Depot.Core.Storage.Rows;
using LiteDB;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot import units FILE</c> of a file of <c>--units</c> rows (written here from a seed) into a
/// new depot, run as the real executable, end to end: validation of every row, then one unit of work
/// with a unit, its identifier and its Intake event per row, the counts and the import recorded.
/// Peak memory is the child's resident high-water mark. The baseline is the least LiteDB does for
/// the same rows: InsertBulk of the units, identifiers and events (same indexes) into a new file.
/// </summary>
public sealed class ImportBench : IBenchmark
{
    private const int Owners = 50;
    private const int Models = 200;

    public string Name => "import";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var rows = setup.Units;
        var name = string.Create(CultureInfo.InvariantCulture, $"import {rows:N0}-row units CSV (depot import units, child process)");
        const string target = ">= 1/2 the rate of bare InsertBulk, peak RSS < 500 MB";
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

        var depot = ChildProcess.Run(ChildProcess.Depot, ["--db", depotDb, "--operator", "bench", "import", "units", csv],
            environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        if (depot.Exit != 0)
        {
            setup.Log.WriteLine($"  depot exit {depot.Exit}: {depot.Output}{depot.Error}");
        }

        var (bareMs, bareRows) = Bare(csv, Path.Combine(setup.Scratch, "bare.db"));
        long units;
        using (var context = DepotContext.Open(depotDb, "bench"))
        {
            units = context.Read(s => s.Table<UnitRow>().Count());
        }

        var rate = rows / (depot.Milliseconds / 1000);
        var bareRate = rows / (bareMs / 1000);
        var ratio = depot.Milliseconds / bareMs;
        var peakMb = depot.PeakRssKib / 1024.0;
        var met = depot.Exit == 0 && units == rows && bareRows == rows && ratio <= 2 && peakMb < 500;
        yield return new BenchResult(name, new Sample([depot.Milliseconds]), "bare LiteDB InsertBulk of units, identifiers, events", new Sample([bareMs]),
            target, met, string.Create(CultureInfo.InvariantCulture,
                $"{units:N0} units imported, {rate:N0} rows/s, peak RSS {peakMb:F0} MB; bare {bareRows:N0} rows, {bareRate:N0} rows/s; {ratio:F2}x bare"));
    }

    /// <summary>The same rows into a plain LiteDB file: split each line, InsertBulk, checkpoint. Returns the time and the rows.</summary>
    private static (double Milliseconds, long Rows) Bare(string csv, string path)
    {
        var clock = Stopwatch.StartNew();
        using (var database = new LiteDatabase(new ConnectionString { Filename = path }))
        {
            var units = database.GetCollection<UnitRow>("units", BsonAutoId.Int64);
            units.EnsureIndex("units_state", "[$.StateKey, $._id]");
            var identifiers = database.GetCollection<UnitIdentifierRow>("unit_identifiers", BsonAutoId.Int64);
            identifiers.EnsureIndex("identifiers_value", "$.Identifier", unique: true);
            identifiers.EnsureIndex("identifiers_unit", "[$.UnitId, $._id]");
            var events = database.GetCollection<EventRow>("events", BsonAutoId.Int64);
            events.EnsureIndex("events_unit", "[$.UnitId, $._id]");
            events.EnsureIndex("events_at", "[$.AtKey, $._id]");
            database.BeginTrans();
            var batch = new List<UnitRow>(10_000);
            var now = DateTimeOffset.UtcNow;
            foreach (var line in File.ReadLines(csv).Skip(1))
            {
                var f = line.Split(',');
                batch.Add(new UnitRow { Identifier = f[0].Length > 0 ? f[0] : f[1], OwnerId = 1, ModelId = 1, State = "Available", StateSince = now, Grade = f[4], Bin = f[5], Version = 1 });
                if (batch.Count == batch.Capacity)
                {
                    Flush(batch);
                }
            }

            Flush(batch);
            database.Commit();
            database.Checkpoint();

            void Flush(List<UnitRow> rows)
            {
                units.InsertBulk(rows);
                identifiers.InsertBulk(rows.Select(u => new UnitIdentifierRow { Identifier = u.Identifier, UnitId = u.Id, AddedAt = now }));
                events.InsertBulk(rows.Select(u => new EventRow { UnitId = u.Id, At = now, Operator = "bench", Trigger = "Intake", ToState = "Available" }));
                rows.Clear();
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        using var check = new LiteDatabase(new ConnectionString { Filename = path, ReadOnly = true });
        return (elapsed, check.GetCollection("units").LongCount());
    }
}
