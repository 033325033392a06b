using System.Diagnostics;
using System.Globalization;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Generation;
using Depot.Core.Owners;
using Depot.Core.Pool;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Time;
using Depot.Core.Units;
using Depot.Storage.Postgres;
using Depot.Testing.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// A whole depot on the PostgreSQL engine, as several benches share one: a throwaway local server
/// (fsync on, reached over TCP), a depot of --units units generated into it by the volume generator,
/// then what the benches and the stock controller do: a receive, a find, pool levels, the quality
/// report, an import of a --units-row file, and four bench processes receiving and inspecting the
/// same units at once. Each against its bare PostgreSQL counterpart in the same run.
/// </summary>
public sealed class PostgresDepotBench : IBenchmark
{
    private const string Owner = "OWN001";

    private const string BareFind =
        "SELECT u.doc FROM unit_identifiers i JOIN units u ON u.id = ((i.doc->>'UnitId')::bigint) WHERE (i.doc->>'Identifier') COLLATE \"C\" = $1";

    public string Name => "postgres-depot";

    public bool NeedsDatabase => false;

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        StoreEngines.Register(new PostgresEngine());
        using var server = ThrowawayPostgres.Start(durable: true);
        var name = server.CreateDatabase("depot");
        var url = server.Url(name);
        var until = new VolumeOptions().Until;
        setup.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generating {setup.Units:N0} units into PostgreSQL ..."));
        var generation = Stopwatch.StartNew();
        GeneratedVolume volume;
        using (var generating = DepotContext.Open(url, "generator", create: true))
        {
            volume = new VolumeGenerator(generating, new VolumeOptions { Units = setup.Units }).Run();
        }

        setup.Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  generated {volume.Units:N0} units, {volume.Events:N0} events in {generation.Elapsed.TotalSeconds:F0} s"));
        using var bare = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.SocketConnectionString(name))
        {
            Host = "127.0.0.1",
            Password = server.Password,
            MaxAutoPrepare = 8,
        }.ConnectionString);
        bare.Open();
        Execute(bare, "ANALYZE");
        Execute(bare, "CREATE TABLE bench_events (LIKE events INCLUDING ALL)");

        using var depot = DepotContext.Open(url, "bench", new ManualClock(until, TimeZoneInfo.Utc));
        foreach (var result in Receive(setup, depot, bare))
        {
            yield return result;
        }

        yield return Find(setup, depot, bare);
        yield return Pool(depot, bare);
        yield return Quality(depot, bare);
        yield return Benches(setup, depot, url);
        server.DropDatabase(name);
        yield return Import(setup, server);
    }

    /// <summary><see cref="UnitService.Receive"/> against a bare UPDATE + INSERT transaction of the same documents.</summary>
    private static IEnumerable<BenchResult> Receive(BenchSetup setup, DepotContext depot, NpgsqlConnection bare)
    {
        // A bench's steady state, as the embedded engine's receive benchmark: its code compiled for speed.
        const int warmup = 200;
        var count = setup.Iterations;
        var candidates = depot.Read(s => s.Table<UnitRow>().Range(UnitRow.ByState, "WithUser|", "WithUser|~", limit: 2 * (warmup + count)));
        if (candidates.Count < 2 * (warmup + count))
        {
            yield return BenchResult.Pending("PostgreSQL: receive", "p99 < 5 ms and <= 2x bare", "not enough units with users");
            yield break;
        }

        var scans = candidates.Where((_, i) => i % 2 == 0).ToList();
        var plain = candidates.Where((_, i) => i % 2 == 1).ToList();
        var units = new UnitService(depot);
        var trips = RoundTrips(depot);
        var (measured, baseline) = Timing.Paired(warmup, count,
            i => units.Receive(scans[i].Identifier),
            i =>
            {
                var unit = plain[i];
                var expected = unit.Version;
                unit.Version = expected + 1;
                unit.Bin = "BENCH" + i;
                using var transaction = bare.BeginTransaction();
                using (var update = new NpgsqlCommand("UPDATE units SET doc = $2 WHERE id = $1 AND (doc->>'Version')::bigint = $3", bare, transaction))
                {
                    update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = unit.Id });
                    update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresJson.Write(unit), NpgsqlDbType = NpgsqlDbType.Jsonb });
                    update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
                    update.ExecuteNonQuery();
                }

                using (var insert = new NpgsqlCommand("INSERT INTO bench_events (doc) VALUES ($1)", bare, transaction))
                {
                    insert.Parameters.Add(new NpgsqlParameter<string>
                    {
                        TypedValue = PostgresJson.Write(new EventRow
                        {
                            UnitId = unit.Id, At = DateTimeOffset.UtcNow, Operator = "bench", Trigger = "Receive", FromState = "WithUser", ToState = "Received",
                        }),
                        NpgsqlDbType = NpgsqlDbType.Jsonb,
                    });
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            });
        yield return new BenchResult("PostgreSQL: receive (UnitService.Receive, durable commit)", measured,
            "bare Npgsql UPDATE + INSERT transaction", baseline, "p99 < 5 ms and <= 2x bare",
            measured.P99 < 5 && measured.P99 <= 2 * baseline.P99,
            string.Create(CultureInfo.InvariantCulture, $"{(RoundTrips(depot) - trips) / (double)(warmup + count):F1} round trips per receive"));
    }

    private static BenchResult Find(BenchSetup setup, DepotContext depot, NpgsqlConnection bare)
    {
        var count = setup.Iterations * 5;
        var probe = depot.Read(s => s.Table<UnitIdentifierRow>().Range(UnitIdentifierRow.ByIdentifier, "35", "36", limit: count + 200))
            .Select(i => i.Identifier).ToList();
        var units = new UnitService(depot);
        var trips = RoundTrips(depot);
        var finds = Math.Min(count, probe.Count - 200);
        var (find, bareFind) = Timing.Paired(200, finds,
            i => _ = units.Find(probe[i]) ?? throw new InvalidOperationException($"{probe[i]} not found"),
            i =>
            {
                using var command = new NpgsqlCommand(BareFind, bare);
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = probe[i] });
                _ = command.ExecuteScalar() ?? throw new InvalidOperationException($"{probe[i]} not found");
            });
        return new BenchResult("PostgreSQL: find by IMEI or old alias (UnitService.Find)", find,
            "bare Npgsql join, one open connection", bareFind, "p99 < 2 ms", find.P99 < 2,
            string.Create(CultureInfo.InvariantCulture, $"{(RoundTrips(depot) - trips) / (double)(200 + finds):F1} round trips per find"));
    }

    private static BenchResult Pool(DepotContext depot, NpgsqlConnection bare)
    {
        var pool = new PoolLevels(depot);
        var (measured, baseline) = Timing.Paired(3, 10,
            _ => _ = pool.ForAllOwners().Count,
            _ => Execute(bare, "SELECT doc->>'OwnerId', doc->>'ModelId', doc->>'State', count(*) FROM units GROUP BY 1, 2, 3"));
        return new BenchResult("PostgreSQL: pool levels, all owners (PoolLevels.ForAllOwners)", measured,
            "bare GROUP BY of units by owner, model, state", baseline, "p99 < 50 ms", measured.P99 < 50);
    }

    private static BenchResult Quality(DepotContext depot, NpgsqlConnection bare)
    {
        var months = 0;
        var ownerId = depot.Read(s => s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, Owner)!.Id);
        var (measured, baseline) = Timing.Paired(1, 3,
            _ => months = new QualityReport(depot).Rows(Owner).Count,
            _ => Execute(bare, string.Create(CultureInfo.InvariantCulture,
                $"SELECT left(e.doc->>'AtKey', 7), e.doc->>'Trigger', count(*) FROM cases c JOIN case_units cu ON (cu.doc->>'CaseId')::bigint = c.id JOIN events e ON (e.doc->>'UnitId')::bigint = (cu.doc->>'UnitId')::bigint WHERE (c.doc->>'OwnerId')::bigint = {ownerId} GROUP BY 1, 2")));
        return new BenchResult($"PostgreSQL: quality report, one owner ({Owner}), every month (QualityReport.Rows)", measured,
            "bare SQL of the owner's case events by month", baseline, "< 1 s", measured.P99 < 1000,
            string.Create(CultureInfo.InvariantCulture, $"{months} months"));
    }

    /// <summary>
    /// Four bench processes given the same 1,000 units, each in its own order, receiving and inspecting
    /// every one (<c>depot receive-stream --inspect nff</c>): every unit must be received and inspected
    /// exactly once, whoever got there first.
    /// </summary>
    private static BenchResult Benches(BenchSetup setup, DepotContext depot, string url)
    {
        const int units = 1000;
        var identifiers = depot.Read(s => s.Table<UnitRow>().Range(UnitRow.ByState, "WithUser|", "WithUser|~", limit: 3 * units))
            .Skip(2 * units).Select(u => (u.Id, u.Identifier)).ToList();
        var inputs = Enumerable.Range(0, 4).Select(b =>
        {
            var order = identifiers.Select(u => u.Identifier).ToList();
            var random = new Random(b);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
            return string.Join('\n', order) + "\n";
        }).ToList();
        var clock = Stopwatch.StartNew();
        var runs = inputs.AsParallel().WithDegreeOfParallelism(4).Select(input => ChildProcess.Run(ChildProcess.Depot,
            ["--db", url, "--operator", "bench", "receive-stream", "--inspect", "nff"], input,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" })).ToList();
        var wall = clock.Elapsed.TotalMilliseconds;
        var acknowledged = runs.Sum(r => r.Output.Split('\n').Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
        var refusals = runs.SelectMany(r => r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var unclear = refusals.Count(l => l.Contains("serializ", StringComparison.OrdinalIgnoreCase)
            || l.Contains("deadlock", StringComparison.OrdinalIgnoreCase) || l.Contains("   at ", StringComparison.Ordinal));
        var ids = identifiers.Select(u => u.Id).ToHashSet();
        var (received, inspected) = depot.Read(s =>
        {
            var events = s.Table<EventRow>();
            var r = 0;
            var n = 0;
            foreach (var id in ids)
            {
                var mine = events.Find(EventRow.ByUnit, id).Where(e => e.Operator == "bench").ToList();
                r += mine.Count(e => e.Trigger == "Receive") == 1 ? 1 : 0;
                n += mine.Count(e => e.Trigger == "Inspect") == 1 ? 1 : 0;
            }

            return (r, n);
        });
        var lost = 2 * units - received - inspected;
        var rate = acknowledged / (wall / 1000);
        setup.Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  four benches: {acknowledged} acknowledged, {refusals.Count} refusals, {unclear} unclear"));
        return new BenchResult("PostgreSQL: 4 bench processes receiving and inspecting the same 1,000 units", new Sample([wall]), null, null,
            "measured, 0 lost updates", lost == 0 && unclear == 0,
            string.Create(CultureInfo.InvariantCulture,
                $"{acknowledged:N0} scans acknowledged ({rate:N0} per second over all four), {refusals.Count:N0} refused as already done or changed by another bench, {unclear} unclear refusals; units received once {received:N0}/{units:N0}, inspected once {inspected:N0}/{units:N0}, lost updates {lost}"));
    }

    /// <summary><c>depot import units</c> of a --units-row file into a new depot, against <c>psql \copy</c> of the same file into a plain table.</summary>
    private static BenchResult Import(BenchSetup setup, ThrowawayPostgres server)
    {
        var rows = setup.Units;
        var csv = Path.Combine(setup.Scratch, "pg-units.csv");
        UnitsCsv.Write(csv, rows, owners: 50, models: 200);
        var name = server.CreateDatabase("import");
        var url = server.Url(name);
        using (var context = DepotContext.Open(url, "bench", create: true))
        {
            var catalog = new Catalog(context);
            for (var o = 1; o <= 50; o++)
            {
                catalog.AddOwner($"OWN{o:D3}", $"Owner {o}", 20_000);
            }

            for (var m = 1; m <= 200; m++)
            {
                catalog.AddModel($"SKU{m:D3}", $"Model {m}", new Money(199m + m, "EUR"));
            }
        }

        var depot = ChildProcess.Run(ChildProcess.Depot, ["--db", url, "--operator", "bench", "import", "units", csv],
            environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        if (depot.Exit != 0)
        {
            setup.Log.WriteLine($"  depot exit {depot.Exit}: {depot.Output}{depot.Error}");
        }

        var plain = server.CreateDatabase("plain");
        var columns = string.Join(", ", UnitsCsv.Header.Split(',').Select(c => c + " text"));
        var psql = Path.Combine(Path.GetDirectoryName(PostgresBinary("initdb"))!, "psql");
        var environment = new Dictionary<string, string> { ["PGPASSWORD"] = server.Password };
        string[] connect = ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", ThrowawayPostgres.Admin, "-d", plain, "-v", "ON_ERROR_STOP=1"];
        ChildProcess.Run(psql, [.. connect, "-c", $"CREATE TABLE units_plain ({columns})"], environment: environment);
        var copy = ChildProcess.Run(psql, [.. connect, "-c", $"\\copy units_plain FROM '{csv}' CSV HEADER"], environment: environment);
        long imported;
        using (var context = DepotContext.Open(url, "bench"))
        {
            imported = context.Read(s => s.Table<UnitRow>().Count());
        }

        server.DropDatabase(name);
        server.DropDatabase(plain);
        var ratio = depot.Milliseconds / copy.Milliseconds;
        return new BenchResult(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: import {rows:N0}-row units CSV (depot import units, child process)"),
            new Sample([depot.Milliseconds]), "psql \\copy into a plain table", new Sample([copy.Milliseconds]),
            ">= 1/3 the rate of psql \\copy", depot.Exit == 0 && copy.Exit == 0 && imported == rows && ratio <= 3,
            string.Create(CultureInfo.InvariantCulture,
                $"{imported:N0} units imported, {rows / (depot.Milliseconds / 1000):N0} rows/s, peak RSS {depot.PeakRssKib / 1024.0:F0} MB; psql \\copy {rows / (copy.Milliseconds / 1000):N0} rows/s (exit {copy.Exit}); {ratio:F2}x"));
    }

    /// <summary>Exchanges with the server the depot's store has waited for so far.</summary>
    private static long RoundTrips(DepotContext depot) => ((PostgresStore)depot.Store).RoundTrips;

    private static string PostgresBinary(string program) =>
        Directory.EnumerateDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", program)).First(File.Exists);

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }
}
