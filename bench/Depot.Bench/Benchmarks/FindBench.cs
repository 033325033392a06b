using Depot.Core;
using Depot.Core.Storage;
using Depot.Core.Units;
using Microsoft.Data.Sqlite;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Looking a unit up by the IMEI it has now and by an old IMEI from before a board swap, through
/// <see cref="UnitService.Find(string)"/> (parse, check digit, join, read the unit) against a bare
/// primary-key probe of the identifier table.
/// </summary>
public sealed class FindBench : IBenchmark
{
    public string Name => "find";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        const int warmup = 200;
        var count = setup.Iterations * 10;
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var units = new UnitService(depot);
        using var probe = depot.Connection.Command("SELECT unit_id FROM unit_identifiers WHERE identifier = $id");
        var probeId = probe.Parameters.Add(new SqliteParameter("$id", ""));

        var current = Identifiers(depot.Connection,
            "SELECT identifier FROM units WHERE identifier_kind = 'Imei' ORDER BY (id * 2654435761) % 4294967296 LIMIT $n", warmup + count);
        var aliases = Identifiers(depot.Connection,
            "SELECT i.identifier FROM unit_identifiers i JOIN units u ON u.id = i.unit_id WHERE i.identifier <> u.identifier LIMIT $n", warmup + count);

        foreach (var (name, identifiers) in new[] { ("find by IMEI", current), ("find by old IMEI (board-swap alias)", aliases) })
        {
            if (identifiers.Count < warmup + 1)
            {
                yield return BenchResult.Pending(name, "p99 < 1 ms", "the database has too few such identifiers");
                continue;
            }

            var n = identifiers.Count - warmup;
            var (measured, baseline) = Timing.Paired(warmup, n,
                i => _ = units.Find(identifiers[i]) ?? throw new InvalidOperationException($"{identifiers[i]} not found"),
                i =>
                {
                    probeId.Value = identifiers[i];
                    _ = probe.ExecuteScalar() ?? throw new InvalidOperationException($"{identifiers[i]} not found");
                });
            yield return new BenchResult(name + " (UnitService.Find)", measured, "bare identifier probe", baseline, "p99 < 1 ms", measured.P99 < 1);
        }
    }

    private static List<string> Identifiers(SqliteConnection connection, string sql, int count)
    {
        using var command = connection.Command(sql).With("$n", count);
        using var reader = command.ExecuteReader();
        var identifiers = new List<string>();
        while (reader.Read())
        {
            identifiers.Add(reader.GetString(0));
        }

        return identifiers;
    }
}
