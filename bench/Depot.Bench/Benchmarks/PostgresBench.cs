using System.Globalization;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Storage.Postgres;
using Depot.Testing.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The PostgreSQL engine on a throwaway local server (fsync on, over TCP as a bench would reach
/// it) holding as many units as the run's --units, written through the store: a unit found by its
/// IMEI, and the single-row unit of work every scan makes (UpdateIfVersion of the unit plus its
/// event), each against the same work done with bare Npgsql on one open connection.
/// </summary>
public sealed class PostgresBench : IBenchmark
{
    private const string BareFind =
        "SELECT u.doc FROM unit_identifiers i JOIN units u ON u.id = ((i.doc->>'UnitId')::bigint) WHERE (i.doc->>'Identifier') COLLATE \"C\" = $1";

    private const string BareUpdate = "UPDATE units SET doc = $2 WHERE id = $1 AND (doc->>'Version')::bigint = $3";

    private const string BareInsert = "INSERT INTO events (doc) VALUES ($1) RETURNING id";

    public string Name => "postgres";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        StoreEngines.Register(new PostgresEngine());
        using var server = ThrowawayPostgres.Start(durable: true);
        var database = server.CreateDatabase("bench");
        using var store = StoreEngines.Open(server.Url(database));
        var units = Populate(store, setup.Units, setup.Log);
        using var bare = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.SocketConnectionString(database))
        {
            Host = "127.0.0.1",
            Password = server.Password,
            MaxAutoPrepare = 8,
        }.ConnectionString);
        bare.Open();
        using (var analyze = new NpgsqlCommand("ANALYZE", bare))
        {
            analyze.ExecuteNonQuery();
        }

        var findCount = setup.Iterations * 5;
        var probe = Enumerable.Range(0, findCount + 200).Select(i => units[(int)((i * 2654435761L) % units.Count)]).ToList();
        var (find, bareFind) = Timing.Paired(200, findCount,
            i =>
            {
                using var read = store.BeginRead();
                var identifier = read.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, probe[i].Identifier)
                    ?? throw new InvalidOperationException($"{probe[i].Identifier} not found");
                _ = read.Table<UnitRow>().Get(identifier.UnitId) ?? throw new InvalidOperationException("unit missing");
            },
            i =>
            {
                using var command = new NpgsqlCommand(BareFind, bare);
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = probe[i].Identifier });
                _ = command.ExecuteScalar() ?? throw new InvalidOperationException($"{probe[i].Identifier} not found");
            });
        yield return new BenchResult($"PostgreSQL: find by IMEI ({units.Count:N0} units; identifier, then unit)", find,
            "bare Npgsql join, one open connection", bareFind, "p99 < 1 ms", find.P99 < 1);

        var workCount = setup.Iterations * 2;
        var (work, bareWork) = Timing.Paired(100, workCount,
            i => Scan(store, units[i % units.Count], i),
            i => BareScan(bare, units[(i + units.Count / 2) % units.Count], i));
        yield return new BenchResult("PostgreSQL: scan unit of work (UpdateIfVersion + event, commit)", work,
            "bare Npgsql UPDATE + INSERT transaction", bareWork, "p99 < 1.5x bare", work.P99 < 1.5 * bareWork.P99);
        server.DropDatabase(database);
    }

    /// <summary>One scan through the store: the unit's new state under its version, and its event.</summary>
    private static void Scan(IDepotStore store, UnitRow unit, int i)
    {
        var expected = unit.Version;
        unit.Version = expected + 1;
        unit.State = i % 2 == 0 ? "Received" : "Available";
        using var writer = store.BeginWrite();
        if (!writer.Table<UnitRow>().UpdateIfVersion(unit, expected))
        {
            throw new InvalidOperationException($"unit {unit.Id} changed under the benchmark");
        }

        writer.Table<EventRow>().Insert(ScanEvent(unit, i));
        writer.Commit();
    }

    /// <summary>The same with bare Npgsql: the same documents, statements and transaction.</summary>
    private static void BareScan(NpgsqlConnection connection, UnitRow unit, int i)
    {
        var expected = unit.Version;
        unit.Version = expected + 1;
        unit.State = i % 2 == 0 ? "Received" : "Available";
        using var transaction = connection.BeginTransaction();
        using (var update = new NpgsqlCommand(BareUpdate, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = unit.Id });
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresJson.Write(unit), NpgsqlDbType = NpgsqlDbType.Jsonb });
            update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
            if (update.ExecuteNonQuery() != 1)
            {
                throw new InvalidOperationException($"unit {unit.Id} changed under the benchmark");
            }
        }

        using (var insert = new NpgsqlCommand(BareInsert, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresJson.Write(ScanEvent(unit, i)), NpgsqlDbType = NpgsqlDbType.Jsonb });
            _ = insert.ExecuteScalar();
        }

        transaction.Commit();
    }

    private static EventRow ScanEvent(UnitRow unit, int i) => new()
    {
        UnitId = unit.Id,
        At = DateTimeOffset.UtcNow,
        Operator = "bench",
        Trigger = i % 2 == 0 ? "Receive" : "PassQc",
        FromState = i % 2 == 0 ? "Available" : "Received",
        ToState = unit.State,
    };

    /// <summary>Units with an IMEI each and their identifier rows, written through the store in chunks.</summary>
    private static List<UnitRow> Populate(IDepotStore store, int count, TextWriter log)
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writing {count:N0} units into the throwaway PostgreSQL ..."));
        var since = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var units = new List<UnitRow>(count);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(10_000))
        {
            var rows = chunk.Select(i => new UnitRow
            {
                Identifier = Imei(i),
                OwnerId = 1 + (i % 20),
                ModelId = 1 + (i % 50),
                State = "Available",
                StateSince = since.AddMinutes(i),
                Version = 1,
            }).ToList();
            using var writer = store.BeginWrite();
            writer.Table<UnitRow>().InsertMany(rows);
            writer.Table<UnitIdentifierRow>().InsertMany(rows.Select(u => new UnitIdentifierRow
            {
                Identifier = u.Identifier,
                UnitId = u.Id,
                AddedAt = u.StateSince,
            }).ToList());
            writer.Commit();
            units.AddRange(rows);
        }

        return units;
    }

    /// <summary>A 15-digit IMEI with its Luhn check digit.</summary>
    private static string Imei(int i)
    {
        var body = (35_693_803_000_000L + i).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var d = 0; d < body.Length; d++)
        {
            var digit = body[body.Length - 1 - d] - '0';
            if (d % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
