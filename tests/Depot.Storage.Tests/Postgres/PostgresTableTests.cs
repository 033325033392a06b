using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Postgres;

public sealed class PostgresTableTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void An_inserted_row_comes_back_by_id_with_every_field()
    {
        using var store = database.Open();
        var row = new CaseRow
        {
            Ticket = "INC-" + Guid.NewGuid().ToString("N")[..8],
            OwnerId = 7,
            OpenedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 30, 123, TimeSpan.Zero),
            ShipDate = new DateOnly(2026, 3, 3),
            Diagnosis = new Dictionary<string, string> { ["screen"] = "cracked", ["power"] = "ok" },
            Customer = "Ærø Ltd — ☎",
        };
        var charge = new ChargeRow { CaseId = 1, Amount = 19.50m, Currency = "SEK" };
        using (var writer = store.BeginWrite())
        {
            writer.Table<CaseRow>().Insert(row);
            writer.Table<ChargeRow>().Insert(charge);
            writer.Commit();
        }

        using var read = store.BeginRead();
        var back = read.Table<CaseRow>().Get(row.Id)!;
        Assert.Equal(row.Ticket, back.Ticket);
        Assert.Equal(row.OpenedAt, back.OpenedAt);
        Assert.Equal(row.ShipDate, back.ShipDate);
        Assert.Null(back.ClosedAt);
        Assert.Equal("cracked", back.Diagnosis!["screen"]);
        Assert.Equal(row.Customer, back.Customer);
        Assert.Equal("19.50", read.Table<ChargeRow>().Get(charge.Id)!.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(read.Table<CaseRow>().Get(row.Id + 1_000_000));
    }

    [Fact]
    public void A_computed_key_is_stored_and_found_through_its_index()
    {
        using var store = database.Open();
        var code = "own" + Guid.NewGuid().ToString("N")[..6];
        using (var writer = store.BeginWrite())
        {
            writer.Table<OwnerRow>().Insert(SampleRows.Owner(code));
            writer.Commit();
        }

        using var read = store.BeginRead();
        Assert.Equal(code, read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code.ToUpperInvariant())!.Code);
        Assert.Null(read.Table<OwnerRow>().FindOne(OwnerRow.ByCode, code));
    }

    [Fact]
    public void Find_returns_equal_keys_in_id_order_up_to_the_limit()
    {
        using var store = database.Open();
        var unit = 900_000 + Random.Shared.Next(100_000);
        var ids = new List<long>();
        using (var writer = store.BeginWrite())
        {
            for (var i = 0; i < 5; i++)
            {
                ids.Add(writer.Table<EventRow>().Insert(SampleRows.Event(unit, minutes: 10 - i)));
            }

            writer.Commit();
        }

        using var read = store.BeginRead();
        var events = read.Table<EventRow>();
        Assert.Equal(ids, events.Find(EventRow.ByUnit, (long)unit).Select(e => e.Id));
        Assert.Equal(ids.Take(2), events.Find(EventRow.ByUnit, unit, limit: 2).Select(e => e.Id));
        Assert.Equal(5, events.Count(EventRow.ByUnit, unit));
        Assert.Empty(events.Find(EventRow.ByUnit, -1L));
    }

    [Fact]
    public void Range_orders_text_keys_ordinally_then_by_id_with_inclusive_bounds()
    {
        using var store = database.Open();
        var state = "R" + Guid.NewGuid().ToString("N")[..6];
        using (var writer = store.BeginWrite())
        {
            var units = writer.Table<UnitRow>();
            foreach (var (identifier, minutes) in new[] { ("a", 30), ("b", 10), ("c", 20), ("d", 10) })
            {
                units.Insert(SampleRows.Unit(state + identifier, state, minutes: minutes));
            }

            // A longer state that sorts after this one's keys ('~' after '|').
            units.Insert(SampleRows.Unit(state + "x", state + "~", minutes: 0));
            writer.Commit();
        }

        using var read = store.BeginRead();
        var table = read.Table<UnitRow>();
        var all = table.Range(UnitRow.ByState, state + "|", state + "|~");
        Assert.Equal([state + "b", state + "d", state + "c", state + "a"], all.Select(u => u.Identifier));
        var from = table.Range(UnitRow.ByState, all[2].StateKey, null, limit: 3);
        Assert.Equal([state + "c", state + "a", state + "x"], from.Select(u => u.Identifier));
        var to = table.Range(UnitRow.ByState, state + "|", all[1].StateKey);
        Assert.Equal([state + "b", state + "d"], to.Select(u => u.Identifier));
        var descending = table.Range(UnitRow.ByState, state + "|", state + "|~", descending: true, limit: 3);
        Assert.Equal([state + "a", state + "c", state + "d"], descending.Select(u => u.Identifier));
        Assert.True(table.Range(UnitRow.ByState, null, null, limit: 1000).Count >= 5);
    }

    [Fact]
    public void Text_keys_compare_by_code_point_not_by_language()
    {
        using var store = database.Open();
        var prefix = "O" + Guid.NewGuid().ToString("N")[..6];
        using (var writer = store.BeginWrite())
        {
            foreach (var key in new[] { "b", "é", "B", "a", "A" })
            {
                writer.Table<VoucherRow>().Insert(new VoucherRow { Code = prefix + key + Guid.NewGuid().ToString("N"), Imei = prefix + key });
            }

            writer.Commit();
        }

        using var read = store.BeginRead();
        var order = read.Table<VoucherRow>().Range(VoucherRow.ByImei, prefix, prefix + "\uffff").Select(v => v.Imei[prefix.Length..]);
        Assert.Equal(["A", "B", "a", "b", "é"], order);
    }

    [Fact]
    public void Range_over_an_integer_index_compares_numbers_not_text()
    {
        using var store = database.Open();
        var unitBase = 2_000_000 + Random.Shared.Next(1_000_000) * 100L;
        using (var writer = store.BeginWrite())
        {
            foreach (var offset in new[] { 9, 10, 100, 2 })
            {
                writer.Table<EventRow>().Insert(SampleRows.Event(unitBase + offset));
            }

            writer.Commit();
        }

        using var read = store.BeginRead();
        var units = read.Table<EventRow>().Range(EventRow.ByUnit, unitBase + 2, unitBase + 10).Select(e => e.UnitId - unitBase);
        Assert.Equal([2L, 9, 10], units);
    }

    [Fact]
    public void Insert_many_gives_ids_in_order_and_all_reads_every_row_past_one_page()
    {
        using var store = database.Open();
        var owner = 5_000_000 + Random.Shared.Next(1_000_000);
        var rows = Enumerable.Range(0, 4500).Select(i => SampleRows.Unit($"M{owner}-{i:D5}", owner: owner)).ToList();
        using (var writer = store.BeginWrite())
        {
            writer.Table<UnitRow>().InsertMany(rows);
            writer.Commit();
        }

        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Id < p.Second.Id));
        using var read = store.BeginRead();
        var units = read.Table<UnitRow>();
        Assert.Equal(rows[4321].Identifier, units.Get(rows[4321].Id)!.Identifier);
        var mine = units.All().Where(u => u.OwnerId == owner).Select(u => u.Id).ToList();
        Assert.Equal(rows.Select(r => r.Id), mine);
        Assert.Equal(4500, units.Range(UnitRow.ByOwnerStateSince, $"{owner}|Available|", $"{owner}|Available|~").Count);
    }

    [Fact]
    public void Rows_inserted_with_their_own_ids_keep_them_and_later_rows_get_higher_ones()
    {
        using var store = database.Open();
        using var writer = store.BeginWrite();
        var table = writer.Table<CountSessionRow>();
        table.InsertMany([new CountSessionRow { Id = 500 }, new CountSessionRow { Id = 501 }]);
        table.Insert(new CountSessionRow { Id = 800 });
        var next = table.Insert(new CountSessionRow());
        var many = new List<CountSessionRow> { new(), new() };
        table.InsertMany(many);
        Assert.NotNull(table.Get(500));
        Assert.Equal(801, next);
        Assert.Equal([802L, 803], many.Select(r => r.Id));
    }

    [Fact]
    public void Update_and_delete_report_whether_the_row_was_there()
    {
        using var store = database.Open();
        using var writer = store.BeginWrite();
        var owners = writer.Table<OwnerRow>();
        var owner = SampleRows.Owner("UPD" + Guid.NewGuid().ToString("N")[..6]);
        owners.Insert(owner);
        owner.Name = "Renamed";
        Assert.True(owners.Update(owner));
        Assert.Equal("Renamed", owners.Get(owner.Id)!.Name);
        Assert.True(owners.Delete(owner.Id));
        Assert.False(owners.Delete(owner.Id));
        Assert.False(owners.Update(owner));
        Assert.Null(owners.Get(owner.Id));
    }

    [Fact]
    public void Update_if_version_writes_only_over_the_expected_version()
    {
        using var store = database.Open();
        using var writer = store.BeginWrite();
        var units = writer.Table<UnitRow>();
        var unit = SampleRows.Unit("V" + Guid.NewGuid().ToString("N")[..10]);
        units.Insert(unit);
        unit.State = "Reserved";
        unit.Version = 2;
        Assert.True(units.UpdateIfVersion(unit, 1));
        unit.State = "WithUser";
        unit.Version = 3;
        Assert.False(units.UpdateIfVersion(unit, 1));
        Assert.Equal("Reserved", units.Get(unit.Id)!.State);
    }

    [Fact]
    public void A_read_session_refuses_to_change_rows()
    {
        using var store = database.Open();
        using var read = store.BeginRead();
        Assert.Throws<InvalidOperationException>(() => read.Table<OwnerRow>().Insert(SampleRows.Owner("NOPE")));
    }

    [Fact]
    public void An_index_of_another_table_is_refused_with_its_name()
    {
        using var store = database.Open();
        using var read = store.BeginRead();
        var e = Assert.Throws<ArgumentException>(() => read.Table<OwnerRow>().Find(UnitRow.ByState, "x"));
        Assert.Contains("units_state", e.Message);
    }
}
