using Depot.Core.Storage.Rows;
using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Processes;

/// <summary>
/// Two benches, each its own process, receiving and inspecting the same units on one file while a
/// third process keeps reading it (LiteDB 5.0.21 alone lost half the commits and corrupted the file):
/// every step happens exactly once, no reader sees half a unit of work, and the file opens whole.
/// </summary>
public sealed class TwoProcessesTests
{
    private const int Units = 300;

    [Fact]
    public async Task Two_processes_writing_the_same_units_lose_nothing_and_the_file_stays_whole()
    {
        using var fixture = new LiteDbFixture();
        ProbeDepot.Seed(fixture, Units);

        var reader = ProbeProcess.RunAsync("read", fixture.Path, "8");
        var outcomes = await Task.WhenAll(
            ProbeProcess.RunAsync("receive", fixture.Path, "one", "0", Units.ToString()),
            ProbeProcess.RunAsync("receive", fixture.Path, "two", "0", Units.ToString(), "reverse"));
        var watched = await reader;

        Assert.All(outcomes, o => Assert.True(o.Exit == 0 && o.Error == "", o.Error));
        var lines = outcomes.SelectMany(o => o.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(Units, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal) && l.Contains(" Receive ", StringComparison.Ordinal)));
        Assert.Equal(Units, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal) && l.Contains(" Inspect ", StringComparison.Ordinal)));
        Assert.True(watched.Exit == 0 && watched.Error == "", watched.Error);
        Assert.DoesNotContain("inconsistent", watched.Output, StringComparison.Ordinal);
        Assert.StartsWith("reads ", watched.Output, StringComparison.Ordinal);

        using var store = fixture.Open();
        using var session = store.BeginRead();
        Assert.All(Enumerable.Range(0, Units), n => Assert.Equal("QualityCheck", ProbeDepot.State(session, $"U{n:D6}")));
        var events = session.Table<EventRow>().All().ToList();
        Assert.Equal(2 * Units, events.Count);
        Assert.All(events.GroupBy(e => e.UnitId), g => Assert.Equal(["Receive", "Inspect"], g.Select(e => e.Trigger)));
        Assert.Equal(Units, session.Counter("received"));
        Assert.Equal(Units, session.Counter("inspected"));
    }
}
