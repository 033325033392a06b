using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;

namespace Depot.Tui.Tests.Durability;

/// <summary>
/// Two benches scanning and inspecting the same 1,000 units at the same time, each its own
/// process on the same file: no lost update, no "database is locked" reaching a user, and every
/// refusal a sentence a technician understands.
/// </summary>
public sealed class ConcurrentBenchesTests
{
    [Fact]
    public async Task Two_processes_receiving_and_inspecting_the_same_units_lose_nothing()
    {
        using var depot = DurabilityDepot.Generate(units: 9000, seed: 11);
        var scans = depot.Receivable(1000);
        Assert.Equal(1000, scans.Count);
        long lastEventBefore;
        using (var context = depot.Open())
        {
            lastEventBefore = context.Read(s => s.Table<EventRow>().All().Max(e => (long?)e.Id) ?? 0);
        }

        using var first = DepotProcess.Start("--db", depot.Path, "receive-stream", "--inspect", "nff");
        using var second = DepotProcess.Start("--db", depot.Path, "receive-stream", "--inspect", "nff");
        var results = new[] { (first, scans), (second, Enumerable.Reverse(scans).ToList()) }
            .Select(pair => Task.Run(() => DepotProcess.Feed(pair.Item1, pair.Item2)));
        var outcomes = await Task.WhenAll(results);

        var acknowledgements = outcomes.SelectMany(r => Lines(r.Output)).ToList();
        var refusals = outcomes.SelectMany(r => Lines(r.Error)).ToList();

        // Each unit was received once and inspected once, by whichever bench got it first.
        Assert.Equal(2000, acknowledgements.Count);
        Assert.Equal(1000, acknowledgements.Count(a => a.Contains("-Receive-> Received", StringComparison.Ordinal)));
        Assert.Equal(1000, acknowledgements.Count(a => a.Contains("-Inspect-> QualityCheck", StringComparison.Ordinal)));
        Assert.All(refusals, r =>
        {
            Assert.StartsWith("depot: ", r);
            Assert.DoesNotContain("locked", r, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("busy", r, StringComparison.OrdinalIgnoreCase);
            Assert.True(
                r.Contains("changed by someone else", StringComparison.Ordinal)
                || r.Contains("already received", StringComparison.Ordinal)
                || r.Contains("is not permitted", StringComparison.Ordinal),
                $"unclear refusal: {r}");
        });

        using var check = depot.Open();
        var newEvents = check.Read(s => s.Table<EventRow>().All().Where(e => e.Id > lastEventBefore).ToList());
        Assert.Equal(1000, newEvents.Count(e => e.Trigger == "Receive"));
        Assert.Equal(1000, newEvents.Count(e => e.Trigger == "Inspect"));
        check.Read(s =>
        {
            foreach (var scan in scans)
            {
                Assert.Equal("QualityCheck", DurabilityDepot.State(s, scan));
            }

            return 0;
        });

        Assert.Empty(new IntegrityCheck(check).Run());
        Assert.True(DurabilityDepot.ReadEverything(check) > 0);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
