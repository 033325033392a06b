using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Contract;

/// <summary>What every engine's units of work do: atomic, isolated, durable, with savepoints and counters.</summary>
public abstract class WriterContract<TFixture> : StoreContract<TFixture>
    where TFixture : IStoreFixture, new()
{
    [Fact]
    public void Reads_inside_a_unit_of_work_see_its_own_changes()
    {
        using var writer = Store.BeginWrite();
        var id = writer.Table<UnitRow>().Insert(Unit("A", state: "Received"));
        writer.AddToCounter("units|Received", 1);

        Assert.Equal("A", writer.Table<UnitRow>().Get(id)!.Identifier);
        Assert.Single(writer.Table<UnitRow>().Range(UnitRow.ByOwnerStateSince, "1|Received|", "1|Received|~"));
        Assert.Equal(1, writer.Table<UnitRow>().Count());
        Assert.Equal(1, writer.Counter("units|Received"));
    }

    [Fact]
    public void Look_ups_asked_again_answer_with_every_change_made_since_in_the_unit_of_work()
    {
        var key = "Available|" + StoreKeys.Instant(T0);
        var a = Insert(Unit("A"));
        var b = Insert(Unit("B"));
        Insert(Event(a, 1));
        using var writer = Store.BeginWrite();
        var units = writer.Table<UnitRow>();
        var events = writer.Table<EventRow>();
        Assert.Equal(["A", "B"], units.Find(UnitRow.ByState, key).Select(u => u.Identifier));
        Assert.Single(events.Find(EventRow.ByUnit, a));
        Assert.Empty(events.FindMany(EventRow.ByUnit, [b]));

        // A row given to the caller is the caller's: changing it changes nothing kept.
        units.Get(a)!.State = "Lost";
        Assert.Equal("Available", units.Get(a)!.State);

        var c = units.Insert(Unit("C"));
        var moved = units.Get(a)!;
        moved.State = "Received";
        moved.Version = 2;
        Assert.True(units.UpdateIfVersion(moved, 1));
        events.Insert(Event(a, 2));
        events.Insert(Event(b, 3));
        Assert.True(units.Delete(b));

        Assert.Equal(["C"], units.Find(UnitRow.ByState, key).Select(u => u.Identifier));
        Assert.Equal(["A"], units.Find(UnitRow.ByState, "Received|" + StoreKeys.Instant(T0)).Select(u => u.Identifier));
        Assert.Equal("Received", units.Get(a)!.State);
        Assert.Null(units.Get(b));
        Assert.Equal(["A", "C"], units.GetMany([a, b, c]).Select(u => u.Identifier));
        Assert.Equal([1, 2], events.Find(EventRow.ByUnit, a).Select(e => (int)(e.At - T0).TotalMinutes));
        Assert.Equal([1, 2, 3], events.FindMany(EventRow.ByUnit, [b, a]).Select(e => (int)(e.At - T0).TotalMinutes));
        Assert.Equal([1], events.Find(EventRow.ByUnit, a, limit: 1).Select(e => (int)(e.At - T0).TotalMinutes));
    }

    [Fact]
    public void A_savepoint_rolled_back_takes_its_changes_out_of_later_reads()
    {
        var a = Insert(Unit("A"));
        using var writer = Store.BeginWrite();
        var units = writer.Table<UnitRow>();
        Assert.Equal("Available", units.Get(a)!.State);
        var mark = writer.Savepoint();
        var row = units.Get(a)!;
        row.State = "Lost";
        units.Update(row);
        units.Insert(Unit("B"));
        Assert.Equal("Lost", units.Get(a)!.State);
        mark.Rollback();

        Assert.Equal("Available", units.Get(a)!.State);
        Assert.Equal(["A"], units.Find(UnitRow.ByState, "Available|" + StoreKeys.Instant(T0)).Select(u => u.Identifier));
    }

    [Fact]
    public void A_row_read_before_a_hold_is_read_again_after_it() =>
        ReadBeforeAHoldIsAnsweredAfterIt("case|9", (writer, id) => writer.Table<UnitRow>().Get(id));

    [Fact]
    public void A_look_up_read_ahead_before_a_hold_is_answered_after_it() =>
        ReadBeforeAHoldIsAnsweredAfterIt("case|10", (writer, id) => writer.Table<UnitRow>().ReadAhead([id]));

    /// <summary>
    /// Another bench holds <paramref name="key"/> and changes a unit; this bench reads the unit
    /// (<paramref name="readBefore"/>), then takes the same hold: what it reads after the hold is
    /// what the other bench committed.
    /// </summary>
    private void ReadBeforeAHoldIsAnsweredAfterIt(string key, Action<IStoreWriter, long> readBefore)
    {
        var id = Insert(Unit("A"));
        var other = Open();
        var changed = new ManualResetEventSlim();
        Exception? failure = null;
        var first = new Thread(() =>
        {
            try
            {
                using var writer = other.BeginWrite();
                writer.Hold(key);
                var row = writer.Table<UnitRow>().Get(id)!;
                row.State = "Reserved";
                writer.Table<UnitRow>().Update(row);
                writer.Table<UnitRow>().Get(id);
                changed.Set();
                Thread.Sleep(300);
                writer.Commit();
            }
            catch (Exception e)
            {
                failure = e;
                changed.Set();
            }
        });
        first.Start();
        changed.Wait();

        // On a server this bench reads the row before the other commits; on the file it waits to begin.
        using var writer = Store.BeginWrite();
        readBefore(writer, id);
        writer.Hold(key);
        Assert.Equal("Reserved", writer.Table<UnitRow>().Get(id)!.State);
        first.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void Counter_changes_and_holds_are_in_place_for_every_later_read_of_the_unit_of_work()
    {
        var id = Insert(Unit("A"));
        using var writer = Store.BeginWrite();
        writer.Hold("case|1");
        writer.AddToCounter("units|Available", 2);
        Assert.Equal(2, writer.Counter("units|Available"));

        // Each kind of read answers with its own rows, not those of what was queued before it.
        writer.Hold("case|2");
        writer.AddToCounter("units|Lost", 1);
        Assert.Equal("A", writer.Table<UnitRow>().Get(id)!.Identifier);
        writer.Hold("case|3");
        Assert.Single(writer.Table<UnitRow>().Find(UnitRow.ByState, "Available|" + StoreKeys.Instant(T0)));
        writer.Hold("case|4");
        Assert.Equal(1, writer.Table<UnitRow>().Count());
        writer.Hold("case|5");
        Assert.Equal(1, writer.Table<UnitRow>().Count(UnitRow.ByState, "Available|" + StoreKeys.Instant(T0)));
        writer.Hold("case|6");
        Assert.Single(writer.Table<UnitRow>().Range(UnitRow.ByOwnerStateSince, "1|", "1|~"));
        writer.Hold("case|7");
        var added = writer.Table<EventRow>().Insert(Event(id, 1));
        Assert.Equal(id, writer.Table<EventRow>().Get(added)!.UnitId);
        writer.Hold("case|8");
        writer.AddToCounter("units|Lost", 1);
        Assert.Equal([new CounterValue("units|Available", 2), new CounterValue("units|Lost", 2)], writer.Counters("units|"));
        writer.Commit();

        Assert.Equal(2, Read(s => s.Counter("units|Lost")));
    }

    [Fact]
    public void A_unit_of_work_that_only_counts_commits_its_counts()
    {
        using (var writer = Store.BeginWrite())
        {
            writer.Hold("case|1");
            writer.AddToCounter("only", 3);
            writer.Commit();
        }

        Assert.Equal(3, Read(s => s.Counter("only")));
    }

    [Fact]
    public void Counter_changes_of_a_unit_of_work_left_without_commit_are_never_written()
    {
        using (var writer = Store.BeginWrite())
        {
            writer.Hold("case|1");
            writer.AddToCounter("left", 3);
        }

        using (var writer = Store.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(Unit("A"));
            writer.AddToCounter("left", 0);
            writer.Commit();
        }

        using (var writer = Store.BeginWrite())
        {
            writer.Table<UnitRow>().Insert(Unit("B"));
            writer.AddToCounter("left", 1);
            Assert.Equal(1, writer.Counter("left"));
        }

        Assert.Equal(0, Read(s => s.Counter("left")));
        Assert.Equal(["A"], Read(s => s.Table<UnitRow>().All().Select(u => u.Identifier).ToList()));
    }

    [Fact]
    public void A_held_key_makes_another_bench_wait_then_read_what_the_first_wrote()
    {
        var other = Open();
        var first = Store.BeginWrite();
        first.Hold("case|1");
        first.AddToCounter("case|1|steps", 1);
        Assert.Equal(1, first.Counter("case|1|steps"));

        long? seen = null;
        Exception? failure = null;
        var second = new Thread(() =>
        {
            try
            {
                using var writer = other.BeginWrite();
                writer.Hold("case|1");
                seen = writer.Counter("case|1|steps");
                writer.AddToCounter("case|1|steps", 1);
                writer.Commit();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        second.Start();
        Assert.False(second.Join(300));
        first.Commit();
        first.Dispose();
        second.Join();

        Assert.Null(failure);
        Assert.Equal(1, seen);
        Assert.Equal(2, Read(s => s.Counter("case|1|steps")));
    }

    [Fact]
    public void A_reader_never_sees_a_change_that_is_not_committed()
    {
        Insert(Unit("BEFORE"));
        using var writer = Store.BeginWrite();
        writer.Table<UnitRow>().Insert(Unit("UNCOMMITTED"));
        writer.AddToCounter("seen", 5);

        // Another thread of the same bench (a screen refreshing while a scan is being saved).
        var seen = OnAnotherThread(() => Read(s => (s.Table<UnitRow>().Count(), s.Counter("seen"))));

        Assert.Equal((1L, 0L), seen);
        writer.Commit();
        Assert.Equal((2L, 5L), OnAnotherThread(() => Read(s => (s.Table<UnitRow>().Count(), s.Counter("seen")))));
    }

    private static T OnAnotherThread<T>(Func<T> read)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = read();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the read on the other thread failed", failure);
    }

    [Fact]
    public void A_unit_of_work_disposed_without_commit_leaves_the_depot_as_it_was()
    {
        var id = Insert(Unit("A"));
        using (var writer = Store.BeginWrite())
        {
            var unit = writer.Table<UnitRow>().Get(id)!;
            unit.State = "Lost";
            writer.Table<UnitRow>().Update(unit);
            writer.Table<UnitRow>().Insert(Unit("B"));
            writer.Table<EventRow>().Insert(Event(id, 1));
            writer.AddToCounter("lost", 1);
        }

        Assert.Equal("Available", Read(s => s.Table<UnitRow>().Get(id))!.State);
        Assert.Equal(1, Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal(0, Read(s => s.Table<EventRow>().Count()));
        Assert.Equal(0, Read(s => s.Counter("lost")));
    }

    [Fact]
    public void Rolling_back_to_a_savepoint_undoes_only_what_came_after_it()
    {
        var kept = Insert(Unit("KEPT"));
        var touched = Insert(Unit("TOUCHED"));
        using (var writer = Store.BeginWrite())
        {
            var units = writer.Table<UnitRow>();
            var early = units.Insert(Unit("EARLY"));
            writer.AddToCounter("n", 1);
            var savepoint = writer.Savepoint();
            units.Insert(Unit("LATE"));
            var row = units.Get(touched)!;
            row.State = "Scrapped";
            units.Update(row);
            units.Delete(kept);
            writer.AddToCounter("n", 10);
            writer.AddToCounter("other", 3);

            savepoint.Rollback();

            Assert.NotNull(units.Get(early));
            Assert.NotNull(units.Get(kept));
            Assert.Equal("Available", units.Get(touched)!.State);
            Assert.Equal(1, writer.Counter("n"));
            units.Insert(Unit("AFTER"));
            writer.Commit();
        }

        var identifiers = Read(s => s.Table<UnitRow>().All().Select(u => u.Identifier).ToList());
        Assert.Equal(["KEPT", "TOUCHED", "EARLY", "AFTER"], identifiers);
        Assert.Equal(1, Read(s => s.Counter("n")));
        Assert.Equal(0, Read(s => s.Counter("other")));
    }

    [Fact]
    public void Counters_add_up_go_down_and_list_by_prefix_in_key_order()
    {
        using (var writer = Store.BeginWrite())
        {
            writer.AddToCounter("pool|2|Available", 3);
            writer.AddToCounter("pool|1|Available", 2);
            writer.AddToCounter("pool|1|Available", -1);
            writer.AddToCounter("pool|10|Received", 4);
            writer.AddToCounter("poolside", 9);
            writer.AddToCounter("quality|x", 1);
            writer.Commit();
        }

        var pool = Read(s => s.Counters("pool|"));

        // Ordinal order: "0" sorts before "|".
        Assert.Equal(
            [new CounterValue("pool|10|Received", 4), new CounterValue("pool|1|Available", 1), new CounterValue("pool|2|Available", 3)],
            pool);
        Assert.Equal(0, Read(s => s.Counter("never|counted")));
    }

    [Fact]
    public void Counters_listed_again_show_every_commit_since_and_nothing_undone()
    {
        using (var writer = Store.BeginWrite())
        {
            writer.AddToCounter("pool|1", 1);
            writer.Commit();
        }

        Assert.Equal([new CounterValue("pool|1", 1)], Read(s => s.Counters("pool|")));
        Assert.Equal([new CounterValue("pool|1", 1)], Read(s => s.Counters("")));
        using (var writer = Store.BeginWrite())
        {
            writer.AddToCounter("pool|1", 2);
            var mark = writer.Savepoint();
            writer.AddToCounter("pool|2", 5);
            writer.AddToCounter("pool|1", 7);
            mark.Rollback();
            writer.AddToCounter("pool|3", 1);
            writer.AddToCounter("other|1", 4);
            Assert.Equal([new CounterValue("pool|1", 3), new CounterValue("pool|3", 1)], writer.Counters("pool|"));
            writer.Commit();
        }

        using (var abandoned = Store.BeginWrite())
        {
            abandoned.AddToCounter("pool|1", 100);
            abandoned.AddToCounter("pool|4", 1);
        }

        // The same depot opened a second time (another bench): its changes are seen too.
        using (var writer = Open().BeginWrite())
        {
            writer.AddToCounter("pool|3", -1);
            writer.AddToCounter("pool|5", 2);
            writer.Commit();
        }

        Assert.Equal([new CounterValue("pool|1", 3), new CounterValue("pool|5", 2)], Read(s => s.Counters("pool|")));
        Assert.Equal(
            [new CounterValue("other|1", 4), new CounterValue("pool|1", 3), new CounterValue("pool|5", 2)],
            Read(s => s.Counters("")));
    }

    [Fact]
    public void UpdateIfVersion_writes_only_over_the_version_it_expects()
    {
        var id = Insert(Unit("A"));
        using var writer = Store.BeginWrite();
        var units = writer.Table<UnitRow>();
        var row = units.Get(id)!;
        row.State = "Reserved";
        row.Version = 2;

        Assert.True(units.UpdateIfVersion(row, expectedVersion: 1));
        row.State = "Lost";
        row.Version = 3;
        Assert.False(units.UpdateIfVersion(row, expectedVersion: 1));
        Assert.False(units.UpdateIfVersion(new UnitRow { Id = 999, Version = 2 }, expectedVersion: 1));
        writer.Commit();
        Assert.Equal(("Reserved", 2L), Read(s => s.Table<UnitRow>().Get(id) is { } u ? (u.State, u.Version) : default));
    }

    [Fact]
    public void A_unit_of_work_commits_once()
    {
        using var writer = Store.BeginWrite();
        writer.Table<UnitRow>().Insert(Unit("A"));
        writer.Commit();

        Assert.Throws<InvalidOperationException>(writer.Commit);
        Assert.Equal(1, Read(s => s.Table<UnitRow>().Count()));
    }

    [Fact]
    public void Committed_changes_are_there_after_the_depot_is_closed_and_opened_again()
    {
        var id = Insert(Unit("A"));
        using (var writer = Store.BeginWrite())
        {
            writer.Table<EventRow>().Insert(Event(id, 3));
            writer.AddToCounter("units", 1);
            writer.Commit();
        }

        using (var uncommitted = Store.BeginWrite())
        {
            uncommitted.Table<UnitRow>().Insert(Unit("NEVER"));
        }

        Store.Dispose();
        using var again = Fixture.Open();

        Assert.Equal(["A"], Read(s => s.Table<UnitRow>().All().Select(u => u.Identifier).ToList(), again));
        Assert.Equal(1, Read(s => s.Table<EventRow>().Count(EventRow.ByUnit, id), again));
        Assert.Equal(1, Read(s => s.Counter("units"), again));
    }

    [Fact]
    public void What_one_bench_commits_the_other_bench_reads_next()
    {
        var other = Open();
        var id = Insert(Unit("A"));
        Assert.Equal("Available", Read(s => s.Table<UnitRow>().Get(id)!.State, other));

        using (var writer = other.BeginWrite())
        {
            var unit = writer.Table<UnitRow>().Get(id)!;
            unit.State = "Reserved";
            writer.Table<UnitRow>().Update(unit);
            writer.Table<UnitRow>().Insert(Unit("B"));
            writer.Commit();
        }

        Assert.Equal("Reserved", Read(s => s.Table<UnitRow>().Get(id)!.State));
        using (var writer = Store.BeginWrite())
        {
            // The first bench's next id must not collide with the row the other bench added.
            writer.Table<UnitRow>().Insert(Unit("C"));
            writer.Commit();
        }

        Assert.Equal(["A", "B", "C"], Read(s => s.Table<UnitRow>().All().Select(u => u.Identifier).ToList(), other));
    }

    [Fact]
    public void Two_benches_racing_on_one_row_lose_no_update()
    {
        var id = Insert(Unit("A"));
        var benches = new[] { Store, Open() };

        Parallel.For(0, 2, b =>
        {
            for (var i = 0; i < 50; i++)
            {
                while (true)
                {
                    using var writer = benches[b].BeginWrite();
                    var row = writer.Table<UnitRow>().Get(id)!;
                    var seen = row.Version;
                    row.Version = seen + 1;
                    if (writer.Table<UnitRow>().UpdateIfVersion(row, seen))
                    {
                        writer.Table<EventRow>().Insert(Event(id, i));
                        writer.Commit();
                        break;
                    }
                }
            }
        });

        Assert.Equal(101, Read(s => s.Table<UnitRow>().Get(id)!.Version));
        Assert.Equal(100, Read(s => s.Table<EventRow>().Count(EventRow.ByUnit, id)));
    }

    [Fact]
    public void Threads_sharing_one_store_serialise_their_units_of_work()
    {
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 50; i++)
            {
                using var writer = Store.BeginWrite();
                var before = writer.Counter("hits");
                writer.Table<EventRow>().Insert(Event(1, i));

                // A read-then-write: lost if another thread's unit of work ran in between.
                writer.AddToCounter("snapshot", 0);
                writer.AddToCounter("hits", 1);
                Assert.Equal(before + 1, writer.Counter("hits"));
                writer.Commit();
            }
        });

        Assert.Equal(200, Read(s => s.Counter("hits")));
        Assert.Equal(200, Read(s => s.Table<EventRow>().Count()));
    }
}
