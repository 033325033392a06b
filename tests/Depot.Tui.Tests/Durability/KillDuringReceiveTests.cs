using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;

namespace Depot.Tui.Tests.Durability;

/// <summary>
/// A bench's program killed with SIGKILL in the middle of a stream of scans: every scan it
/// acknowledged is on disk, nothing is half-written, and the depot check is clean.
/// </summary>
public sealed class KillDuringReceiveTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(150)]
    public async Task Every_acknowledged_receive_survives_a_kill(int killAfterAcknowledgements)
    {
        using var depot = DurabilityDepot.Generate(units: 3000);
        var scans = depot.Receivable(400);
        Assert.True(scans.Count > killAfterAcknowledgements + 50, $"the generated depot has only {scans.Count} receivable units");

        using var process = DepotProcess.Start("--db", depot.Path, "receive-stream");
        var feeding = Task.Run(() =>
        {
            try
            {
                foreach (var scan in scans)
                {
                    process.StandardInput.WriteLine(scan);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process was killed while we were still typing: that is the point of the test.
            }
        });

        var acknowledged = new List<string>();
        while (acknowledged.Count < killAfterAcknowledgements && process.StandardOutput.ReadLine() is { } line)
        {
            acknowledged.Add(line);
        }

        process.Kill(); // SIGKILL: no finally blocks, no flush, no rollback by the program.
        Assert.True(process.WaitForExit(DepotProcess.Patience));
        acknowledged.AddRange(process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await feeding.WaitAsync(DepotProcess.Patience);

        Assert.True(acknowledged.Count >= killAfterAcknowledgements, string.Join('\n', acknowledged));
        var acknowledgedIds = acknowledged.Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(scans.Take(acknowledgedIds.Count), acknowledgedIds);

        using var context = depot.Open();
        var states = context.Read(s => scans.Select(scan => DurabilityDepot.State(s, scan)).ToList());
        var received = states.TakeWhile(s => s == "Received").Count();
        // Everything acknowledged is there; at most the one scan in flight at the kill committed unacknowledged.
        Assert.InRange(received, acknowledgedIds.Count, acknowledgedIds.Count + 1);
        Assert.DoesNotContain("Received", states.Skip(received));
        Assert.Equal(received, context.Read(s => s.Table<EventRow>().All().Count(e => e.Operator == "durability" && e.Trigger == "Receive")));
        Assert.Empty(new IntegrityCheck(context).Run());
        Assert.True(DurabilityDepot.ReadEverything(context) > 0);
    }

    [Fact]
    public void Depot_check_is_clean_after_a_kill()
    {
        using var depot = DurabilityDepot.Generate(units: 2000);
        var scans = depot.Receivable(200);
        using (var process = DepotProcess.Start("--db", depot.Path, "receive-stream"))
        {
            foreach (var scan in scans)
            {
                process.StandardInput.WriteLine(scan);
            }

            process.StandardInput.Flush();
            Assert.NotNull(process.StandardOutput.ReadLine());
            process.Kill();
            Assert.True(process.WaitForExit(DepotProcess.Patience));
        }

        var (exit, output, error) = DepotProcess.Run(null, "--db", depot.Path, "check");

        Assert.True(exit == 0, output + error);
        Assert.StartsWith("OK: 2000 units", output);
        Assert.Equal("", error);
    }
}
