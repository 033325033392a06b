using Depot.Core;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using Depot.Storage.LiteDb;
using LiteDB;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// Looking a unit up by the IMEI it has now and by an old IMEI from before a board swap, through
/// <see cref="UnitService.Find(string)"/> (parse, check digit, identifier index, read the unit)
/// against a bare LiteDB look-up of the identifier with a parameter; and, to show why the engine
/// never does it, the same look-up with <c>Query.EQ</c> and the value as a literal.
/// </summary>
public sealed class FindBench : IBenchmark
{
    public string Name => "find";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        const int warmup = 200;
        var count = setup.Iterations * 10;
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        var store = (LiteDbStore)depot.Store;
        var units = new UnitService(depot);
        var random = new Random(11);
        var current = depot.Read(s =>
        {
            var total = s.Table<UnitRow>().Count();
            return Enumerable.Range(0, warmup + count).Select(_ => s.Table<UnitRow>().Get(random.NextInt64(1, total + 1)))
                .Where(u => u is { IdentifierKind: "Imei" }).Select(u => u!.Identifier).ToList();
        });
        var aliases = depot.Read(s => s.Table<UnitIdentifierRow>().All()
            .Where(i => i.Kind == "Imei" && s.Table<UnitRow>().Get(i.UnitId)?.Identifier != i.Identifier)
            .Take(warmup + count).Select(i => i.Identifier).ToList());
        var identifiers = store.Database.GetCollection<UnitIdentifierRow>("unit_identifiers");

        foreach (var (name, list) in new[] { ("find by IMEI", current), ("find by old IMEI (board-swap alias)", aliases) })
        {
            if (list.Count < warmup + 1)
            {
                yield return BenchResult.Pending(name, "p99 < 1 ms", "the database has too few such identifiers");
                continue;
            }

            var n = list.Count - warmup;
            var (measured, baseline) = Timing.Paired(warmup, n,
                i => _ = units.Find(list[i]) ?? throw new InvalidOperationException($"{list[i]} not found"),
                i => _ = identifiers.FindOne(BsonExpression.Create("$.Identifier = @0", list[i])) ?? throw new InvalidOperationException($"{list[i]} not found"));
            yield return new BenchResult(name + " (UnitService.Find)", measured, "bare LiteDB FindOne, value as parameter", baseline, "p99 < 1 ms", measured.P99 < 1);
        }

        var (literal, parameter) = Timing.Paired(50, Math.Min(2000, current.Count - 50),
            i => _ = identifiers.FindOne(Query.EQ("Identifier", current[i])),
            i => _ = identifiers.FindOne(BsonExpression.Create("$.Identifier = @0", current[i])));
        yield return new BenchResult("bare FindOne with Query.EQ and a literal value (never used)", literal,
            "bare FindOne, value as parameter", parameter, "shows the hazard", null,
            "LiteDB parses and caches a new expression for every distinct literal");
    }
}
