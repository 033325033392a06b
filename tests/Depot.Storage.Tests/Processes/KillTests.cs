using Depot.Core.Storage.Rows;
using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Processes;

/// <summary>A bench process killed with SIGKILL in the middle of its units of work: everything it acknowledged is in the file, nothing half.</summary>
public sealed class KillTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public async Task Every_acknowledged_unit_of_work_survives_a_kill(int killAfter)
    {
        using var fixture = new LiteDbFixture();
        ProbeDepot.Seed(fixture, 200);

        var acknowledged = new List<string>();
        using (var process = ProbeProcess.Start("receive", fixture.Path, "killed", "0", "200"))
        {
            process.StandardInput.Close();
            while (acknowledged.Count < killAfter && await process.StandardOutput.ReadLineAsync() is { } line)
            {
                acknowledged.Add(line);
            }

            process.Kill(); // SIGKILL: no finally blocks, no flush, no rollback by the program.
            await process.WaitForExitAsync();

            // Lines it printed before it died but that were still in the pipe are acknowledgements too.
            acknowledged.AddRange((await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var done = acknowledged.Select(l => l.Split(' ')).Where(p => p[0] == "ok").Select(p => (Unit: p[1], Trigger: p[2])).ToList();
        Assert.True(done.Count >= killAfter);
        using (var store = fixture.Open())
        using (var session = store.BeginRead())
        {
            var events = session.Table<EventRow>().All().ToList();

            // What was acknowledged is there; at most the one step in flight at the kill is there unacknowledged.
            Assert.InRange(events.Count, done.Count, done.Count + 1);
            Assert.Equal(done.Select(d => d.Trigger), events.Take(done.Count).Select(e => e.Trigger));
            Assert.Equal(events.Count, session.Counter("received") + session.Counter("inspected"));
            var first = done[0].Unit;
            var inspected = done.Any(d => d.Unit == first && d.Trigger == "Inspect");
            Assert.Contains(ProbeDepot.State(session, first), inspected ? ["QualityCheck"] : new[] { "Received", "QualityCheck" });
        }

        var rest = await ProbeProcess.RunAsync("receive", fixture.Path, "after", "0", "200");
        Assert.True(rest.Exit == 0, rest.Error);
        using var reopened = fixture.Open();
        using var check = reopened.BeginRead();
        Assert.Equal(400, check.Table<EventRow>().Count());
    }
}
