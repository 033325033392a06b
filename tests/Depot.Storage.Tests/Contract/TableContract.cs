using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Contract;

/// <summary>What every engine's tables do: ids, look-ups by index, ranges, counts, unique keys.</summary>
public abstract class TableContract<TFixture> : StoreContract<TFixture>
    where TFixture : IStoreFixture, new()
{
    [Fact]
    public void Inserted_rows_get_increasing_ids_and_read_back_field_for_field()
    {
        var charge = new ChargeRow
        {
            CaseId = 7,
            UnitId = null,
            Kind = "quote",
            Amount = 123.45m,
            Currency = "SEK",
            Reason = "screen ÅÄÖ",
            At = new DateTimeOffset(2026, 11, 2, 9, 15, 30, 125, TimeSpan.FromHours(1)),
            Operator = "anna",
        };
        var first = Insert(charge);
        var second = Insert(new ChargeRow { CaseId = 7, Kind = "diagnostic_fee", Amount = 20m, At = T0 });
        var caseRow = new CaseRow
        {
            Ticket = "T-1",
            OwnerId = 3,
            OpenedAt = T0,
            Diagnosis = new Dictionary<string, string> { ["power"] = "no", ["liquid"] = "yes" },
            ShipDate = new DateOnly(2026, 11, 3),
        };
        var caseId = Insert(caseRow);

        Assert.True(first > 0);
        Assert.True(second > first);
        Assert.Equal(first, charge.Id);
        var read = Read(s => s.Table<ChargeRow>().Get(first))!;
        Assert.Equal(123.45m, read.Amount);
        Assert.Equal("SEK", read.Currency);
        Assert.Equal("screen ÅÄÖ", read.Reason);
        Assert.Null(read.UnitId);
        Assert.Equal(charge.At, read.At);
        Assert.Equal(TimeSpan.Zero, read.At.Offset);
        var readCase = Read(s => s.Table<CaseRow>().Get(caseId))!;
        Assert.Equal("yes", readCase.Diagnosis!["liquid"]);
        Assert.Equal(new DateOnly(2026, 11, 3), readCase.ShipDate);
        Assert.Null(readCase.ClosedAt);
        Assert.Null(readCase.DueDate);
    }

    [Fact]
    public void Many_ids_or_keys_are_read_in_one_look_up_as_each_would_be_alone()
    {
        var a = Insert(Unit("A"));
        var b = Insert(Unit("B"));
        var c = Insert(Unit("C"));
        var events = new[] { Insert(Event(c, 1)), Insert(Event(a, 2)), Insert(Event(c, 3)), Insert(Event(b, 4)) };

        Assert.Equal(["A", "C"], Read(s => s.Table<UnitRow>().GetMany([c, 999, a, c]).Select(u => u.Identifier).ToList()));
        Assert.Empty(Read(s => s.Table<UnitRow>().GetMany([])));
        Assert.Equal(
            [events[1], events[0], events[2]],
            Read(s => s.Table<EventRow>().FindMany(EventRow.ByUnit, [c, a, 999, c]).Select(e => e.Id).ToList()));
        Assert.Empty(Read(s => s.Table<EventRow>().FindMany(EventRow.ByUnit, [])));

        // Inside a unit of work: its own changes, as a look-up of each would see them.
        using var writer = Store.BeginWrite();
        var d = writer.Table<UnitRow>().Insert(Unit("D"));
        var late = writer.Table<EventRow>().Insert(Event(a, 5));
        writer.AddToCounter("seen", 1);
        Assert.Equal(["A", "D"], writer.Table<UnitRow>().GetMany([d, a]).Select(u => u.Identifier));
        Assert.Equal([events[1], late], writer.Table<EventRow>().FindMany(EventRow.ByUnit, [a]).Select(e => e.Id));
    }

    [Fact]
    public void Get_of_an_id_that_is_not_there_is_null()
    {
        Insert(Unit("A1"));
        Assert.Null(Read(s => s.Table<UnitRow>().Get(999)));
    }

    [Fact]
    public void FindOne_by_a_unique_index_finds_the_row_and_null_for_an_unknown_key()
    {
        Insert(new UnitIdentifierRow { Identifier = "356938035643809", UnitId = 1, AddedAt = T0 });
        Insert(new UnitIdentifierRow { Identifier = "490154203237518", UnitId = 2, AddedAt = T0 });

        var found = Read(s => s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, "490154203237518"));

        Assert.Equal(2, found!.UnitId);
        Assert.Null(Read(s => s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, "000000000000000")));
    }

    [Fact]
    public void Find_returns_rows_of_the_key_in_id_order_even_after_a_row_moved_into_the_key()
    {
        var a = Insert(Unit("A", state: "Received"));
        var b = Insert(Unit("B", state: "Available"));
        var c = Insert(Unit("C", state: "Available"));
        var d = Insert(Unit("D", state: "Available", owner: 2));
        Insert(Unit("E", state: "Available", minutes: 1));
        using (var writer = Store.BeginWrite())
        {
            var moved = writer.Table<UnitRow>().Get(a)!;
            moved.State = "Available";
            writer.Table<UnitRow>().Update(moved);
            writer.Commit();
        }

        var ids = Read(s => s.Table<UnitRow>().Find(UnitRow.ByState, "Available|" + StoreKeys.Instant(T0))).Select(u => u.Id);

        Assert.Equal([a, b, c, d], ids);
    }

    [Fact]
    public void Find_stops_at_the_limit_and_FindOne_of_a_shared_key_is_the_lowest_id()
    {
        var ids = Enumerable.Range(0, 5).Select(i => Insert(Event(unitId: 42, minutes: i))).ToList();
        Insert(Event(unitId: 43, minutes: 0));

        var firstTwo = Read(s => s.Table<EventRow>().Find(EventRow.ByUnit, 42L, limit: 2));
        var one = Read(s => s.Table<EventRow>().FindOne(EventRow.ByUnit, 42));

        Assert.Equal(ids.Take(2), firstTwo.Select(e => e.Id));
        Assert.Equal(ids[0], one!.Id);
    }

    [Fact]
    public void Range_is_in_key_order_then_id_order_with_both_ends_inclusive()
    {
        var late = Insert(Event(1, minutes: 30));
        var early = Insert(Event(1, minutes: 10));
        var sameAsEarly = Insert(Event(2, minutes: 10));
        var middle = Insert(Event(1, minutes: 20));
        Insert(Event(1, minutes: 40));
        Insert(Event(1, minutes: 5));

        var from = StoreKeys.Instant(T0.AddMinutes(10));
        var to = StoreKeys.Instant(T0.AddMinutes(30));
        var range = Read(s => s.Table<EventRow>().Range(EventRow.ByAt, from, to));

        Assert.Equal([early, sameAsEarly, middle, late], range.Select(e => e.Id));
    }

    [Fact]
    public void Range_descending_reverses_the_order_and_the_limit_keeps_the_first_rows_of_that_order()
    {
        var ids = Enumerable.Range(0, 6).Select(i => Insert(Event(1, minutes: i))).ToList();

        var latestThree = Read(s => s.Table<EventRow>().Range(EventRow.ByAt, null, null, descending: true, limit: 3));
        var firstTwo = Read(s => s.Table<EventRow>().Range(EventRow.ByAt, null, null, limit: 2));

        Assert.Equal([ids[5], ids[4], ids[3]], latestThree.Select(e => e.Id));
        Assert.Equal([ids[0], ids[1]], firstTwo.Select(e => e.Id));
    }

    [Fact]
    public void Range_with_one_open_end_runs_to_the_end_of_the_index()
    {
        var ids = Enumerable.Range(0, 5).Select(i => Insert(Event(1, minutes: i))).ToList();
        var middle = StoreKeys.Instant(T0.AddMinutes(2));

        var fromMiddle = Read(s => s.Table<EventRow>().Range(EventRow.ByAt, middle, null));
        var toMiddle = Read(s => s.Table<EventRow>().Range(EventRow.ByAt, null, middle));

        Assert.Equal(ids.Skip(2), fromMiddle.Select(e => e.Id));
        Assert.Equal(ids.Take(3), toMiddle.Select(e => e.Id));
    }

    [Fact]
    public void Range_over_integer_keys_orders_numerically()
    {
        var ten = Insert(new ChargeRow { CaseId = 10, At = T0 });
        var two = Insert(new ChargeRow { CaseId = 2, At = T0 });
        var hundred = Insert(new ChargeRow { CaseId = 100, At = T0 });

        var all = Read(s => s.Table<ChargeRow>().Range(ChargeRow.ByCase, 1L, 1000L));

        Assert.Equal([two, ten, hundred], all.Select(c => c.Id));
    }

    [Fact]
    public void Text_keys_compare_exactly_not_ignoring_case_and_in_ordinal_order()
    {
        Insert(new SettingRow { Key = "b", Value = "lower b" });
        Insert(new SettingRow { Key = "B", Value = "upper B" });
        Insert(new SettingRow { Key = "a", Value = "lower a" });

        var upper = Read(s => s.Table<SettingRow>().FindOne(SettingRow.ByKey, "B"));
        var order = Read(s => s.Table<SettingRow>().Range(SettingRow.ByKey, null, null)).Select(r => r.Key);

        Assert.Equal("upper B", upper!.Value);
        Assert.Equal(["B", "a", "b"], order);
    }

    [Fact]
    public void Count_counts_the_table_and_the_rows_of_one_key()
    {
        foreach (var unit in new[] { 5L, 5L, 5L, 6L })
        {
            Insert(Event(unit, minutes: 0));
        }

        Assert.Equal(4, Read(s => s.Table<EventRow>().Count()));
        Assert.Equal(3, Read(s => s.Table<EventRow>().Count(EventRow.ByUnit, 5L)));
        Assert.Equal(0, Read(s => s.Table<EventRow>().Count(EventRow.ByUnit, 7L)));
    }

    [Fact]
    public void All_reads_every_row_in_id_order_across_many_rows()
    {
        var rows = Enumerable.Range(0, 2500).Select(i => Event(i % 7, minutes: i)).ToList();
        using (var writer = Store.BeginWrite())
        {
            writer.Table<EventRow>().InsertMany(rows);
            writer.Commit();
        }

        var all = Read(s => s.Table<EventRow>().All().ToList());

        Assert.Equal(2500, all.Count);
        Assert.Equal(rows.Select(r => r.Id), all.Select(r => r.Id));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Id < p.Second.Id));
    }

    [Fact]
    public void InsertMany_gives_every_row_an_id_in_order_and_they_are_found_by_their_indexes()
    {
        var rows = Enumerable.Range(0, 10).Select(i => new UnitIdentifierRow { Identifier = $"S{i:D3}", UnitId = i, AddedAt = T0 }).ToList();
        using (var writer = Store.BeginWrite())
        {
            writer.Table<UnitIdentifierRow>().InsertMany(rows);
            writer.Commit();
        }

        Assert.All(rows, r => Assert.True(r.Id > 0));
        Assert.Equal(rows.Select(r => r.Id).Order(), rows.Select(r => r.Id));
        Assert.Equal(7, Read(s => s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, "S007"))!.UnitId);
    }

    [Fact]
    public void Update_and_Delete_of_a_missing_row_say_so_and_change_nothing()
    {
        var id = Insert(Unit("A"));
        using var writer = Store.BeginWrite();

        Assert.False(writer.Table<UnitRow>().Update(new UnitRow { Id = 999, Identifier = "X", State = "Lost" }));
        Assert.False(writer.Table<UnitRow>().Delete(999));
        writer.Commit();
        Assert.Equal(1, Read(s => s.Table<UnitRow>().Count()));
        Assert.Equal("Available", Read(s => s.Table<UnitRow>().Get(id))!.State);
    }

    [Fact]
    public void A_deleted_row_is_gone_from_its_indexes_and_an_updated_row_moves_between_keys()
    {
        var gone = Insert(Unit("A", state: "Received"));
        var moved = Insert(Unit("B", state: "Received"));
        using (var writer = Store.BeginWrite())
        {
            Assert.True(writer.Table<UnitRow>().Delete(gone));
            var unit = writer.Table<UnitRow>().Get(moved)!;
            unit.State = "QualityCheck";
            Assert.True(writer.Table<UnitRow>().Update(unit));
            writer.Commit();
        }

        Assert.Empty(Read(s => s.Table<UnitRow>().Range(UnitRow.ByOwnerStateSince, "1|Received|", "1|Received|~")));
        Assert.Equal([moved], Read(s => s.Table<UnitRow>().Range(UnitRow.ByOwnerStateSince, "1|QualityCheck|", "1|QualityCheck|~")).Select(u => u.Id));
    }

    [Fact]
    public void A_second_row_with_a_taken_unique_key_is_refused_and_the_unit_of_work_goes_on()
    {
        Insert(new OwnerRow { Code = "ATEA", Name = "Atea" });
        using (var writer = Store.BeginWrite())
        {
            var refusal = Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().Insert(new OwnerRow { Code = "atea", Name = "Copy" }));
            Assert.Equal(StorageFailure.Duplicate, refusal.Failure);
            writer.Table<OwnerRow>().Insert(new OwnerRow { Code = "TELIA", Name = "Telia" });
            writer.Commit();
        }

        var owners = Read(s => s.Table<OwnerRow>().All().Select(o => o.Name).ToList());
        Assert.Equal(["Atea", "Telia"], owners);
    }

    [Fact]
    public void An_update_onto_a_taken_unique_key_is_refused_and_the_row_keeps_its_key()
    {
        Insert(new OwnerRow { Code = "ATEA", Name = "Atea" });
        var telia = Insert(new OwnerRow { Code = "TELIA", Name = "Telia" });
        using (var writer = Store.BeginWrite())
        {
            var row = writer.Table<OwnerRow>().Get(telia)!;
            row.Code = "Atea";
            Assert.Equal(StorageFailure.Duplicate, Assert.Throws<StorageException>(() => writer.Table<OwnerRow>().Update(row)).Failure);
            writer.Commit();
        }

        Assert.Equal("TELIA", Read(s => s.Table<OwnerRow>().Get(telia))!.Code);
    }

    [Fact]
    public void A_read_session_cannot_change_the_depot()
    {
        using var session = Store.BeginRead();
        Assert.Throws<InvalidOperationException>(() => session.Table<UnitRow>().Insert(Unit("A")));
    }
}
