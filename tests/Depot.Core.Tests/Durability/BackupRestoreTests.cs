using Depot.Core.Backup;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using LiteDB;

namespace Depot.Core.Tests.Durability;

public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_another_bench_receives_is_consistent_and_restores()
    {
        using var depot = GeneratedDepot.Create(units: 1500);
        using var bench = depot.Open();
        var scans = GeneratedDepot.Receivable(bench, 150);
        using var started = new ManualResetEventSlim();
        var receiving = Task.Run(() =>
        {
            var units = new UnitService(bench);
            foreach (var scan in scans)
            {
                units.Receive(scan);
                started.Set();
            }
        });
        started.Wait(TimeSpan.FromSeconds(30));

        BackupSummary summary;
        using (var context = depot.Open())
        {
            summary = DatabaseBackup.Backup(context, depot.File("backup.db"));
        }

        await receiving.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1500, summary.Units);

        var restored = depot.File("restored.db");
        var restoredSummary = DatabaseBackup.Restore(depot.File("backup.db"), restored);
        Assert.Equal(summary.Events, restoredSummary.Events);
        using var copy = DepotContext.Open(restored, "test");
        Assert.Empty(new IntegrityCheck(copy).Run());
        var receivedInCopy = copy.Read(s => s.Table<EventRow>().All().Count(e => e.Operator == "test" && e.Trigger == "Receive"));
        Assert.InRange(receivedInCopy, 1, scans.Count);
    }

    [Fact]
    public void Backup_refuses_to_overwrite_an_existing_file()
    {
        using var depot = GeneratedDepot.Create(units: 50);
        File.WriteAllText(depot.File("taken.db"), "keep me");
        using var context = depot.Open();

        var refusal = Assert.Throws<RefusedException>(() => DatabaseBackup.Backup(context, depot.File("taken.db")));

        Assert.Contains("already exists", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(depot.File("taken.db")));
    }

    [Fact]
    public void Restore_refuses_to_replace_a_database_without_force_and_replaces_it_with_force()
    {
        using var depot = GeneratedDepot.Create(units: 80);
        using (var context = depot.Open())
        {
            DatabaseBackup.Backup(context, depot.File("backup.db"));
            new UnitService(context).Receive(GeneratedDepot.Receivable(context, 1).Single());
        }

        var refusal = Assert.Throws<RefusedException>(() => DatabaseBackup.Restore(depot.File("backup.db"), depot.Path));
        Assert.Contains("--force", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, CountReceivesByTest(depot.Path));

        DatabaseBackup.Restore(depot.File("backup.db"), depot.Path, overwrite: true);
        Assert.Equal(0, CountReceivesByTest(depot.Path));
    }

    [Fact]
    public void Restore_refuses_a_file_that_is_not_a_depot_database_and_changes_nothing()
    {
        using var depot = GeneratedDepot.Create(units: 50);
        File.WriteAllText(depot.File("notes.db"), "this is a shopping list, not a database");
        using (var other = new LiteDatabase(depot.File("other.db")))
        {
            other.GetCollection("shopping").Insert(new BsonDocument { ["item"] = "milk" });
        }

        var garbage = Assert.Throws<RefusedException>(() => DatabaseBackup.Restore(depot.File("notes.db"), depot.File("new.db")));
        var foreign = Assert.Throws<RefusedException>(() => DatabaseBackup.Restore(depot.File("other.db"), depot.File("new.db")));

        Assert.Contains("not a Depot database", garbage.Message, StringComparison.Ordinal);
        Assert.Contains("not a Depot database", foreign.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(depot.File("new.db")));
    }

    [Fact]
    public void Restore_refuses_a_backup_whose_units_do_not_match_their_events()
    {
        using var depot = GeneratedDepot.Create(units: 50);
        using (var context = depot.Open())
        {
            DatabaseBackup.Backup(context, depot.File("backup.db"));
        }

        using (var tampered = new LiteDatabase(depot.File("backup.db")))
        {
            // Behind the depot's back: one unit's state no longer follows from its events.
            var units = tampered.GetCollection("units");
            var unit = units.FindOne(BsonExpression.Create("$.State != @0", "Lost"));
            unit["State"] = "Lost";
            units.Update(unit);
            tampered.Checkpoint();
        }

        var refusal = Assert.Throws<RefusedException>(() => DatabaseBackup.Restore(depot.File("backup.db"), depot.File("new.db")));

        Assert.Contains("fails the depot check", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(depot.File("new.db")));
    }

    private static int CountReceivesByTest(string path)
    {
        using var context = DepotContext.Open(path, "check");
        return context.Read(s => s.Table<EventRow>().All().Count(e => e.Operator == "test" && e.Trigger == "Receive"));
    }
}
