using Depot.Core;
using Depot.Core.Demo;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using Depot.Storage.Postgres;
using Depot.Tui.Cli;

namespace Depot.Storage.Tests.Postgres;

/// <summary>
/// What a bench waits for on a server is round trips: a look-up read ahead travels with the next
/// statement, and a row read once is not asked for again in the same session.
/// </summary>
public sealed class RoundTripTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void Look_ups_read_ahead_come_with_the_next_statement_and_cost_no_round_trip_of_their_own()
    {
        using var store = (PostgresStore)database.Open();
        long a, b;
        using (var writer = store.BeginWrite())
        {
            a = writer.Table<UnitRow>().Insert(SampleRows.Unit("RT-A"));
            b = writer.Table<UnitRow>().Insert(SampleRows.Unit("RT-B"));
            writer.Table<EventRow>().Insert(new EventRow { UnitId = a, At = DateTimeOffset.UnixEpoch, Operator = "t", Trigger = "Receive", ToState = "Received" });
            writer.Table<SettingRow>().Insert(new SettingRow { Key = "rt", Value = "1" });
            writer.Commit();
        }

        using var session = store.BeginRead();
        var before = store.RoundTrips;
        session.Table<EventRow>().ReadAhead(EventRow.ByUnit, a);
        session.Table<EventRow>().ReadAheadMany(EventRow.ByUnit, [a, b]);
        session.Table<SettingRow>().ReadAheadAll();
        session.Table<UnitRow>().ReadAhead([b]);
        Assert.Equal(before, store.RoundTrips);

        Assert.Equal("RT-A", session.Table<UnitRow>().Get(a)!.Identifier);
        Assert.Equal(before + 1, store.RoundTrips);
        Assert.Equal("RT-B", session.Table<UnitRow>().Get(b)!.Identifier);
        Assert.Single(session.Table<EventRow>().Find(EventRow.ByUnit, a));
        Assert.Single(session.Table<EventRow>().FindMany(EventRow.ByUnit, [a, b]));
        Assert.Empty(session.Table<EventRow>().Find(EventRow.ByUnit, b));
        Assert.Equal(["rt"], session.Table<SettingRow>().All().Select(s => s.Key));
        Assert.Equal("RT-A", session.Table<UnitRow>().Get(a)!.Identifier);
        Assert.Equal(before + 1, store.RoundTrips);
    }

    [Fact]
    public void A_receipt_for_a_case_takes_a_handful_of_round_trips()
    {
        var folder = Directory.CreateTempSubdirectory("depot-trips-").FullName;
        var name = database.Server.CreateDatabase();
        var url = database.Server.Url(name);
        try
        {
            var demo = Path.Combine(folder, "demo.db");
            File.Copy(DemoDepot.CreateThrowaway(Path.Combine(AppContext.BaseDirectory, "data")), demo);
            var error = new StringWriter();
            var copied = DepotCli.Run(["db", "copy", "--from", demo, "--to", url], TextWriter.Null, error);
            Assert.True(copied == 0, error.ToString());

            using var context = DepotContext.Open(url, "bench");
            var store = (PostgresStore)context.Store;
            var units = new UnitService(context);
            var announced = units.List(new UnitFilter(Depot.Core.Lifecycle.UnitState.Announced)).Take(2).ToList();
            Assert.Equal(2, announced.Count);

            // The first receipt of the process, and the list, read the owners' codes and models' SKUs
            // once: a bench open all day has them.
            units.List(new UnitFilter());
            units.Receive(announced[0].Identifier.Value);
            var before = store.RoundTrips;
            var receipt = units.Receive(announced[1].Identifier.Value);

            // The read (3: the identifier; the unit with its events, case links, vouchers and the
            // settings; its case), the unit of work (5: the case links; the holds with what the
            // step reads; the case's units and events with the update; the event with the counters;
            // the commit). The demo's announced units come back late: the swap unit's model and the
            // late-return charge cost two more, and ending a read session can cost one. (It was 25.)
            Assert.Equal(Depot.Core.Lifecycle.UnitState.Received, receipt.To);
            Assert.NotNull(receipt.CaseTicket);
            Assert.InRange(store.RoundTrips - before, 1, 11);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            database.Server.DropDatabase(name);
        }
    }
}
