using System.Diagnostics;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Storage.LiteDb;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>What the operator reads when the file cannot be used, and that the file is left as it was.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly LiteDbFixture _fixture = new();

    [Fact]
    public void A_missing_folder_is_named_and_nothing_is_created()
    {
        var folder = Path.Combine(_fixture.Folder, "nope");
        var path = Path.Combine(folder, "depot.db");

        var refusal = Assert.Throws<StorageException>(() => new LiteDbEngine().Open(path, new StoreOpenOptions()));

        Assert.Equal(StorageFailure.Missing, refusal.Failure);
        Assert.Equal($"cannot open the database {path}: the directory {folder} does not exist", refusal.Message);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_missing_file_is_not_created_when_the_caller_does_not_ask_for_it()
    {
        var refusal = Assert.Throws<StorageException>(() => new LiteDbEngine().Open(_fixture.Path, new StoreOpenOptions(Create: false)));

        Assert.Equal(StorageFailure.Missing, refusal.Failure);
        Assert.False(File.Exists(_fixture.Path));
    }

    [Fact]
    public void A_file_that_is_not_a_depot_is_refused_and_left_untouched()
    {
        File.WriteAllText(_fixture.Path, "these are my notes, not a database");

        var refusal = Assert.Throws<StorageException>(() => _fixture.Open());

        Assert.Equal(StorageFailure.Damaged, refusal.Failure);
        Assert.Contains("is not a Depot database or is damaged", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(_fixture.Path));
    }

    [Fact]
    public void A_damaged_file_is_refused_with_words_not_an_engine_exception()
    {
        using (var store = _fixture.Open())
        using (var writer = store.BeginWrite())
        {
            writer.Table<EventRow>().InsertMany(Enumerable.Range(0, 500).Select(i => new EventRow { UnitId = i, At = DateTimeOffset.UtcNow, Trigger = "Receive", ToState = "Received" }).ToList());
            writer.Commit();
        }

        // Zero a stretch of pages in the middle of the file, as a failing disk would.
        using (var file = new FileStream(_fixture.Path, FileMode.Open, FileAccess.Write))
        {
            file.Position = 8192 * 3;
            file.Write(new byte[8192 * 20]);
        }

        var refusal = Record.Exception(() =>
        {
            using var store = _fixture.Open();
            using var session = store.BeginRead();
            _ = session.Table<EventRow>().All().Count();
        });

        var storage = Assert.IsType<StorageException>(refusal);
        Assert.Contains(storage.Failure, new[] { StorageFailure.Damaged, StorageFailure.Other });
        Assert.Contains(_fixture.Path, storage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_refuses_the_unit_of_work_saves_nothing_and_the_same_work_goes_through_once_there_is_room()
    {
        using var store = LiteDbStore.Open(_fixture.Path, new StoreOpenOptions());
        using (var writer = store.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(new UnitRow { Identifier = "A", State = "WithUser", StateSince = DateTimeOffset.UtcNow });
            writer.Commit();
        }

        store.Log!.SizeLimit = store.Log.Length;
        var refusal = Assert.Throws<StorageException>(() => ReceiveAll(store));

        Assert.Equal(StorageFailure.DiskFull, refusal.Failure);
        Assert.Equal("the disk is full: nothing was saved (free some space and try again)", refusal.Message);
        using (var session = store.BeginRead())
        {
            Assert.Equal("WithUser", session.Table<UnitRow>().All().Single().State);
            Assert.Equal(0, session.Table<EventRow>().Count());
        }

        store.Log.SizeLimit = null;
        ReceiveAll(store);
        using var after = store.BeginRead();
        Assert.Equal("Received", after.Table<UnitRow>().All().Single().State);
        Assert.Equal(1, after.Table<EventRow>().Count());
    }

    [Fact]
    public void A_unit_of_work_used_from_another_thread_is_refused()
    {
        using var store = _fixture.Open();
        using var writer = store.BeginWrite();
        Exception? failure = null;
        var thread = new Thread(() => failure = Record.Exception(() => writer.Table<UnitRow>().Insert(new UnitRow { Identifier = "A" })));
        thread.Start();
        thread.Join();

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("thread that began it", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_file_is_read_but_every_change_is_refused_and_the_file_stays_as_it_was()
    {
        using (var store = _fixture.Open())
        using (var writer = store.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(new UnitRow { Identifier = "A", State = "WithUser" });
            writer.Commit();
        }

        var before = File.ReadAllBytes(_fixture.Path);
        File.SetUnixFileMode(_fixture.Path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var immutable = Environment.UserName == "root" && SetImmutable(_fixture.Path, true);
        try
        {
            Assert.True(Environment.UserName != "root" || immutable, "as root the test needs chattr to make the file read-only");
            using var store = _fixture.Open();
            using (var session = store.BeginRead())
            {
                Assert.Equal("A", session.Table<UnitRow>().All().Single().Identifier);
            }

            var refusal = Assert.Throws<StorageException>(() => store.BeginWrite());
            Assert.Equal(StorageFailure.ReadOnly, refusal.Failure);
            Assert.Equal($"the database {_fixture.Path} is read-only (check its permissions); nothing was saved", refusal.Message);
        }
        finally
        {
            if (immutable)
            {
                SetImmutable(_fixture.Path, false);
            }

            File.SetUnixFileMode(_fixture.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.Equal(before, File.ReadAllBytes(_fixture.Path));
    }

    private static void ReceiveAll(IDepotStore store)
    {
        using var writer = store.BeginWrite();
        var unit = writer.Table<UnitRow>().All().Single();
        unit.State = "Received";
        writer.Table<UnitRow>().Update(unit);
        writer.Table<EventRow>().Insert(new EventRow { UnitId = unit.Id, At = DateTimeOffset.UtcNow, Trigger = "Receive", Operator = new string('o', 3000), ToState = "Received" });
        writer.Commit();
    }

    // Root ignores file permissions; the immutable attribute makes the file read-only even for root.
    private static bool SetImmutable(string path, bool on)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", path]) { RedirectStandardError = true });
            return chattr is not null && chattr.WaitForExit(10_000) && chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void Dispose() => _fixture.Dispose();
}
