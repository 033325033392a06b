using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Postgres;

public sealed class PostgresUnitOfWorkTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static string Code() => "C" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    [Fact]
    public void A_unit_of_work_left_without_commit_changes_nothing()
    {
        using var store = database.Open();
        var code = Code();
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
            writer.AddToCounter("test|" + code, 5);
        }

        using var read = store.BeginRead();
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
        Assert.Equal(0, read.Counter("test|" + code));
    }

    [Fact]
    public void A_writer_sees_its_own_changes_and_others_see_them_only_after_commit()
    {
        using var store = database.Open();
        using var other = database.Open();
        var code = Code();
        using var writer = store.BeginWrite();
        writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
        Assert.NotNull(writer.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
        using (var before = other.BeginRead())
        {
            Assert.Null(before.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
        }

        writer.Commit();
        using var after = other.BeginRead();
        Assert.NotNull(after.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
    }

    [Fact]
    public void A_read_session_keeps_seeing_the_moment_it_began()
    {
        using var store = database.Open();
        var code = Code();
        using var read = store.BeginRead();
        var owners = read.Table<OwnerRow>().Count();
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
            writer.Commit();
        }

        Assert.Equal(owners, read.Table<OwnerRow>().Count());
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
    }

    [Fact]
    public void The_session_after_a_read_sees_a_new_moment_whether_it_reads_or_writes()
    {
        using var store = database.Open();
        var (first, second) = (Code(), Code());
        using (var read = store.BeginRead())
        {
            Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, first));
        }

        using (var writer = store.BeginWrite())
        {
            Assert.Null(writer.Table<OwnerRow>().FindOne(OwnerRow.ByCode, first));
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(first));
            writer.Commit();
        }

        using (var read = store.BeginRead())
        {
            Assert.NotNull(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, first));
        }

        using (var other = database.Open())
        using (var writer = other.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(second));
            writer.Commit();
        }

        using (var read = store.BeginRead())
        {
            Assert.NotNull(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, second));
        }
    }

    [Fact]
    public void A_finished_read_leaves_no_transaction_open_for_long()
    {
        using var store = database.Open();
        using (var read = store.BeginRead())
        {
            // Any read: it opens the session's transaction on the server.
            _ = read.Table<OwnerRow>().Count();
        }

        Thread.Sleep(1500);
        Assert.Equal(0, OpenTransactions());
    }

    private long OpenTransactions()
    {
        using var connection = new Npgsql.NpgsqlConnection(database.Server.SocketConnectionString(database.Name) + ";Pooling=false");
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()", connection);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Rolling_back_to_a_savepoint_keeps_what_came_before_it()
    {
        using var store = database.Open();
        var (kept, dropped, later) = (Code(), Code(), Code());
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(kept));
            writer.AddToCounter("test|" + kept, 1);
            var savepoint = writer.Savepoint();
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(dropped));
            writer.AddToCounter("test|" + kept, 10);
            savepoint.Rollback();
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(later));
            writer.Commit();
        }

        using var read = store.BeginRead();
        Assert.NotNull(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, kept));
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, dropped));
        Assert.NotNull(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, later));
        Assert.Equal(1, read.Counter("test|" + kept));
    }

    [Fact]
    public void A_savepoint_taken_and_rolled_back_before_anything_was_sent_undoes_nothing_before_it()
    {
        using var store = database.Open();
        var code = Code();
        using (var writer = store.BeginWrite())
        {
            var first = writer.Savepoint();
            var second = writer.Savepoint();
            second.Rollback();
            first.Rollback();
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
            first.Rollback();
            writer.Commit();
        }

        using var read = store.BeginRead();
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
    }

    [Fact]
    public void A_duplicate_key_is_refused_naming_the_index_and_key_and_only_that_row_is_undone()
    {
        using var store = database.Open();
        var (code, other) = (Code(), Code());
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
            var savepoint = writer.Savepoint();
            writer.AddToCounter("test|" + code, 1);
            var refused = Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().Insert(SampleRows.Owner(code.ToLowerInvariant())));
            Assert.Equal(StorageFailure.Duplicate, refused.Failure);
            Assert.Contains("owners_code", refused.Message);
            Assert.Contains(code, refused.Message);
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(other));
            var copies = new[] { SampleRows.Owner(Code()), SampleRows.Owner(other) };
            Assert.Equal(StorageFailure.Duplicate, Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().InsertMany(copies)).Failure);
            savepoint.Rollback();
            writer.Commit();
        }

        using var read = store.BeginRead();
        Assert.NotNull(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, other));
        Assert.Equal(0, read.Counter("test|" + code));
    }

    [Fact]
    public void A_counter_change_that_fails_when_it_reaches_the_server_fails_the_commit_and_nothing_is_saved()
    {
        using var store = database.Open();
        var code = Code();
        AtMaximum(store, "test|" + code);

        using (var writer = store.BeginWrite())
        {
            writer.Table<EventRow>().Insert(new EventRow { UnitId = 1, Trigger = code, ToState = "Lost" });
            writer.AddToCounter("test|" + code, 1);
            writer.AddToCounter("other|" + code, 1);
            var failed = Assert.Throws<StorageException>(writer.Commit);
            Assert.Contains("out of range", failed.Message);
        }

        using var read = store.BeginRead();
        Assert.Equal(long.MaxValue, read.Counter("test|" + code));
        Assert.Equal(0, read.Counter("other|" + code));
        Assert.DoesNotContain(read.Table<EventRow>().All(), e => e.Trigger == code);
    }

    [Fact]
    public void A_counter_change_that_fails_with_a_later_guarded_row_is_not_taken_for_that_row_s_refusal()
    {
        using var store = database.Open();
        var code = Code();
        AtMaximum(store, "test|" + code);

        using (var writer = store.BeginWrite())
        {
            writer.AddToCounter("test|" + code, 1);
            var failed = Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().Insert(SampleRows.Owner(code)));
            Assert.NotEqual(StorageFailure.Duplicate, failed.Failure);

            // The whole unit of work is lost, not only the row: nothing more is accepted, nothing is saved.
            Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().Insert(SampleRows.Owner(Code())));
            Assert.Throws<StorageException>(writer.Commit);
        }

        using var read = store.BeginRead();
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
        Assert.Equal(long.MaxValue, read.Counter("test|" + code));
    }

    [Fact]
    public void A_unit_of_work_commits_once()
    {
        using var store = database.Open();
        using var writer = store.BeginWrite();
        writer.Table<OwnerRow>().Insert(SampleRows.Owner(Code()));
        writer.Commit();
        Assert.Throws<InvalidOperationException>(writer.Commit);
    }

    [Fact]
    public void Counters_add_up_and_are_listed_by_prefix_in_key_order()
    {
        using var store = database.Open();
        var prefix = "units|" + Code() + "|";
        using (var writer = store.BeginWrite())
        {
            writer.AddToCounter(prefix + "b", 3);
            writer.AddToCounter(prefix + "a", 2);
            writer.AddToCounter(prefix + "B", 1);
            writer.AddToCounter(prefix + "b", -1);
            writer.AddToCounter(prefix + "zero", 0);
            Assert.Equal(2, writer.Counter(prefix + "b"));
            writer.Commit();
        }

        using var read = store.BeginRead();
        Assert.Equal([new CounterValue(prefix + "B", 1), new CounterValue(prefix + "a", 2), new CounterValue(prefix + "b", 2)], read.Counters(prefix));
        Assert.Equal(0, read.Counter(prefix + "zero"));
        Assert.Empty(read.Counters(prefix + "zero"));
    }

    [Fact]
    public void A_read_only_store_refuses_a_unit_of_work()
    {
        using (database.Open())
        {
        }

        using var store = database.Open(new StoreOpenOptions(Create: false, ReadOnly: true));
        var e = Assert.Throws<StorageException>(store.BeginWrite);
        Assert.Equal(StorageFailure.ReadOnly, e.Failure);
        using var read = store.BeginRead();
        _ = read.Table<OwnerRow>().Count(); // reading still works (it throws if not)
    }

    /// <summary>A counter at the largest value it can hold: one more fails on the server.</summary>
    private static void AtMaximum(IDepotStore store, string key)
    {
        using var writer = store.BeginWrite();
        writer.AddToCounter(key, long.MaxValue);
        writer.Commit();
    }
}
