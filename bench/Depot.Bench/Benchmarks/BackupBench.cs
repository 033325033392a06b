using Depot.Core;
using Depot.Core.Backup;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot backup</c> (a copy taken while writes are held, then opened and checked with the depot
/// check) while another bench keeps committing, against a plain copy of the depot file.
/// </summary>
public sealed class BackupBench : IBenchmark
{
    public string Name => "backup";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        using var other = StoreEngines.Open(depot.Store.Description.Location);
        var copy = Path.Combine(setup.Scratch, "backup.db");
        var plain = Path.Combine(setup.Scratch, "plain-copy.db");
        var writes = 0;
        var refused = 0;
        var waits = new List<double>();
        using var stop = new CancellationTokenSource();
        // Another bench keeps writing during the backup: a settings row, so the units stay as generated.
        var bench = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    using var writer = other.BeginWrite();
                    var row = writer.Table<SettingRow>().FindOne(SettingRow.ByKey, "bench.heartbeat");
                    if (row is null)
                    {
                        writer.Table<SettingRow>().Insert(new SettingRow { Key = "bench.heartbeat", Value = "0" });
                    }
                    else
                    {
                        row.Value = writes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        writer.Table<SettingRow>().Update(row);
                    }

                    writer.Commit();
                }
                catch (StorageException)
                {
                    // Held longer than a bench waits (the copy of a very large depot): the bench was told, nothing was lost.
                    refused++;
                }

                waits.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                writes++;
                Thread.Sleep(5);
            }
        });

        BackupSummary? summary = null;
        var (measured, baseline) = Timing.Paired(0, 1,
            _ => summary = DatabaseBackup.Backup(depot, copy, overwrite: true),
            _ => File.Copy(depot.Store.Description.Location, plain, overwrite: true));
        stop.Cancel();
        bench.Wait();
        File.Delete(copy);
        File.Delete(plain);
        yield return new BenchResult("backup with check of the copy (DatabaseBackup.Backup)", measured, "plain file copy", baseline,
            "completes while a bench writes", summary is not null && writes > 0,
            $"{summary?.Units:N0} units copied; the other bench committed {writes} writes meanwhile, the longest waited {waits.DefaultIfEmpty(0).Max():F0} ms; {refused} gave up waiting");
    }
}
