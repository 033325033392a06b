using Depot.Core.Integrity;

namespace Depot.Tui.Tests.Durability;

/// <summary><c>depot backup</c> and <c>depot restore</c> as a user runs them.</summary>
public sealed class BackupVerbsTests
{
    [Fact]
    public void Backup_then_restore_over_a_damaged_database_brings_the_depot_back()
    {
        using var depot = DurabilityDepot.Generate(units: 500);
        var backup = Path.Combine(depot.Folder, "monday.db");

        var (backupExit, backupOutput, backupError) = DepotProcess.Run(null, "--db", depot.Path, "backup", backup);
        Assert.Equal(0, backupExit);
        Assert.Equal("", backupError);
        Assert.StartsWith("Backed up 500 units and ", backupOutput);

        File.WriteAllText(depot.StorePath, "the disk controller wrote garbage here");

        var (refusedExit, refusedOutput, refusedError) = DepotProcess.Run(null, "--db", depot.Path, "restore", backup);
        Assert.Equal(1, refusedExit);
        Assert.Equal("", refusedOutput);
        Assert.Equal($"depot: {depot.Path} already exists; add --force to replace it with the backup (nothing changed)", refusedError.TrimEnd());
        Assert.Equal("the disk controller wrote garbage here", File.ReadAllText(depot.StorePath));

        var (exit, output, error) = DepotProcess.Run(null, "--db", depot.Path, "restore", backup, "--force");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("Restored 500 units and ", output);
        using var context = depot.Open();
        Assert.Empty(new IntegrityCheck(context).Run());
        Assert.Equal(500L, context.Read(s => s.Table<Depot.Core.Storage.Rows.UnitRow>().Count()));
    }

    [Fact]
    public void Restoring_a_file_that_is_not_a_depot_database_says_so_and_changes_nothing()
    {
        using var depot = DurabilityDepot.Generate(units: 50);
        var notes = Path.Combine(depot.Folder, "notes.txt");
        File.WriteAllText(notes, "not a database");
        var target = Path.Combine(depot.Folder, "new.db");

        var (exit, output, error) = DepotProcess.Run(null, "--db", target, "restore", notes);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("depot: ", error);
        Assert.Contains("not a Depot database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
