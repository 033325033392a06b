using Depot.Core;
using Depot.Core.Backup;
using Depot.Core.Storage;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// <c>depot backup</c> (online backup, then SQLite's integrity check and the depot check of the
/// copy) while another connection keeps receiving, against a plain file copy of the database.
/// </summary>
public sealed class BackupBench : IBenchmark
{
    public string Name => "backup";

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        using var depot = DepotContext.Open(setup.DatabasePath, "bench");
        using var writer = DepotDatabase.Open(setup.DatabasePath);
        var copy = Path.Combine(setup.Scratch, "backup.db");
        var plain = Path.Combine(setup.Scratch, "plain-copy.db");
        var writes = 0;
        using var stop = new CancellationTokenSource();
        // A bench keeps writing during the backup: settings rows, so the units stay as generated.
        var bench = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var transaction = writer.BeginTransaction();
                writer.Command("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.heartbeat', $v)", transaction).With("$v", writes).ExecuteNonQuery();
                transaction.Commit();
                writes++;
                Thread.Sleep(5);
            }
        });

        BackupSummary? summary = null;
        var (measured, baseline) = Timing.Paired(0, 1,
            _ => summary = DatabaseBackup.Backup(depot, copy, overwrite: true),
            _ =>
            {
                depot.Connection.Execute("PRAGMA wal_checkpoint(PASSIVE);");
                File.Copy(setup.DatabasePath, plain, overwrite: true);
            });
        stop.Cancel();
        bench.Wait();
        File.Delete(copy);
        File.Delete(plain);
        yield return new BenchResult("backup with check of the copy (DatabaseBackup.Backup)", measured, "plain file copy", baseline,
            "completes while a bench writes", summary is not null && writes > 0,
            $"{summary?.Units:N0} units copied; the other bench committed {writes} writes meanwhile");
    }
}
