using Depot.Core.Generation;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;
using Depot.Tui.Tests.Durability;

namespace Depot.Tui.Tests.SharedServer;

/// <summary>
/// Four benches scanning and inspecting the same 1,000 units at the same time, each its own
/// process on one PostgreSQL depot: no lost update, and every refusal a sentence a technician
/// understands: never a deadlock, a serialisation failure or a stack trace.
/// </summary>
public sealed class FourBenchesTests : IDisposable
{
    private const int Units = 1000;

    private readonly ServerDepot _depot = new();

    [Fact]
    public async Task Four_processes_receiving_and_inspecting_the_same_units_lose_nothing_and_refuse_clearly()
    {
        List<string> scans;
        using (var setup = _depot.Open("setup"))
        {
            new VolumeGenerator(setup, new VolumeOptions { Units = 3500, Seed = 11, Owners = 5, Models = 10 }).Run();
            scans = setup.Read(s => s.Table<UnitRow>().All()
                .Where(u => u.State is "WithUser" or "Announced")
                .Take(Units)
                .Select(u => u.Identifier)
                .ToList());
        }

        Assert.Equal(Units, scans.Count);
        var half = Units / 2;
        List<string>[] orders =
        [
            scans,
            Enumerable.Reverse(scans).ToList(),
            [.. scans[half..], .. scans[..half]],
            Enumerable.Reverse(scans[..half]).Concat(Enumerable.Reverse(scans[half..])).ToList(),
        ];
        var benches = orders.Select(_ => DepotProcess.Start("--db", _depot.Url, "receive-stream", "--inspect", "nff")).ToList();
        try
        {
            var outcomes = await Task.WhenAll(benches.Zip(orders).Select(pair => Task.Run(() => DepotProcess.Feed(pair.First, pair.Second))));

            var acknowledgements = outcomes.SelectMany(r => Lines(r.Output)).ToList();
            var refusals = outcomes.SelectMany(r => Lines(r.Error)).ToList();

            // Each unit was received once and inspected once, by whichever bench got to it first.
            Assert.Equal(Units, acknowledgements.Count(a => a.Contains("-Receive-> Received", StringComparison.Ordinal)));
            Assert.Equal(Units, acknowledgements.Count(a => a.Contains("-Inspect-> QualityCheck", StringComparison.Ordinal)));
            Assert.Equal(2 * Units, acknowledgements.Count);
            Assert.All(refusals, r =>
            {
                Assert.StartsWith("depot: ", r);
                foreach (var word in new[] { "deadlock", "serializ", "serialis", "could not", "exception", "   at " })
                {
                    Assert.DoesNotContain(word, r, StringComparison.OrdinalIgnoreCase);
                }

                Assert.True(
                    r.Contains("changed by someone else", StringComparison.Ordinal)
                    || r.Contains("already received", StringComparison.Ordinal)
                    || r.Contains("is not permitted", StringComparison.Ordinal),
                    $"unclear refusal: {r}");
            });
        }
        finally
        {
            foreach (var bench in benches)
            {
                if (!bench.HasExited)
                {
                    bench.Kill(entireProcessTree: true);
                }

                bench.Dispose();
            }
        }

        using (var check = _depot.Open())
        {
            var events = check.Read(s => s.Table<EventRow>().All().Where(e => e.Operator == "durability").ToList());
            Assert.Equal(Units, events.Count(e => e.Trigger == "Receive"));
            Assert.Equal(Units, events.Count(e => e.Trigger == "Inspect"));
            check.Read(s =>
            {
                Assert.All(scans, scan => Assert.Equal("QualityCheck", DurabilityDepot.State(s, scan)));
                return 0;
            });
            Assert.True(new IntegrityCheck(check).Full().Clean, "the depot check found differences");
        }

        var (exit, report, error) = DepotProcess.Run(null, "--db", _depot.Url, "check");
        Assert.True(exit == 0, report + error);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => _depot.Dispose();
}
