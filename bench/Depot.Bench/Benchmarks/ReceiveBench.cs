using Depot.Core;
using Depot.Core.Storage;
using Depot.Core.Units;
using Microsoft.Data.Sqlite;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// A scan at the dock: <see cref="UnitService.Receive"/> (find the unit, check the lifecycle and
/// the version, write state and event, commit durably) against the bare minimum SQLite can do for
/// the same change: one UPDATE and one INSERT in a transaction on the same file, same settings.
/// Both move units that are with their users to Received, so the database stays consistent.
/// </summary>
public sealed class ReceiveBench : IBenchmark
{
    public string Name => "receive";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        const int warmup = 20;
        var count = setup.Iterations;
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        using var bare = DepotDatabase.Open(setup.DatabasePath);
        var scans = Candidates(depot.Connection, "state IN ('WithUser', 'Announced')", warmup + count);
        var plain = Candidates(depot.Connection, "state = 'WithUser' AND id % 2 = 1", warmup + count, exclude: scans);
        if (scans.Count < warmup + count || plain.Count < warmup + count)
        {
            yield return BenchResult.Pending("receive", "p99 < 10 ms", $"not enough units with users left in {setup.DatabasePath}; generate a fresh database");
            yield break;
        }

        var units = new UnitService(depot);
        using var update = bare.Command(
            "UPDATE units SET state = 'Received', version = version + 1, state_since = $at, unannounced = 1 WHERE id = $id AND version = $version");
        var updateId = update.Parameters.Add(new SqliteParameter("$id", 0L));
        var updateVersion = update.Parameters.Add(new SqliteParameter("$version", 0L));
        var updateAt = update.Parameters.Add(new SqliteParameter("$at", ""));
        using var insert = bare.Command(
            """
            INSERT INTO events (unit_id, at, operator, trigger, from_state, to_state, case_id, details)
            VALUES ($id, $at, 'bench', 'Receive', 'WithUser', 'Received', NULL, '{"unannounced":"true"}')
            """);
        var insertId = insert.Parameters.Add(new SqliteParameter("$id", 0L));
        var insertAt = insert.Parameters.Add(new SqliteParameter("$at", ""));

        var (measured, baseline) = Timing.Paired(warmup, count,
            i => units.Receive(scans[i].Identifier),
            i =>
            {
                var at = DateTimeOffset.UtcNow.ToStored();
                using var transaction = bare.BeginTransaction();
                update.Transaction = transaction;
                insert.Transaction = transaction;
                updateId.Value = plain[i].Id;
                updateVersion.Value = plain[i].Version;
                updateAt.Value = at;
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new InvalidOperationException($"unit {plain[i].Id} changed during the benchmark");
                }

                insertId.Value = plain[i].Id;
                insertAt.Value = at;
                insert.ExecuteNonQuery();
                transaction.Commit();
            });

        var met = measured.P99 < 10 && measured.P99 <= 2 * baseline.P99;
        yield return new BenchResult("receive (UnitService.Receive, durable commit)", measured,
            "bare UPDATE + INSERT transaction", baseline, "p99 < 10 ms and <= 2x bare", met);
    }

    private static List<(long Id, string Identifier, long Version)> Candidates(SqliteConnection connection, string where, int count,
        List<(long Id, string Identifier, long Version)>? exclude = null)
    {
        var taken = exclude?.Select(c => c.Id).ToHashSet() ?? [];
        // A scattered, repeatable pick: units far apart in the file, as scans at a dock are.
        using var command = connection.Command(
            $"SELECT id, identifier, version FROM units WHERE {where} ORDER BY (id * 2654435761) % 4294967296 LIMIT $n");
        command.With("$n", count + taken.Count);
        using var reader = command.ExecuteReader();
        var units = new List<(long, string, long)>();
        while (reader.Read() && units.Count < count)
        {
            if (!taken.Contains(reader.GetInt64(0)))
            {
                units.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        return units;
    }
}
