using System.Text;
using Depot.Core.Integrity;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

/// <summary>The bulk intake path of a large units file: many rows per statement, pool counts added per owner and model.</summary>
public sealed class BulkIntakeTests : IDisposable
{
    private const string Header = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n";
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Rows_in_whole_statements_and_a_remainder_all_arrive_with_their_identifiers_events_and_pool_counts()
    {
        // Units already in the depot, counted by the per-unit trigger.
        _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(9000)},,IP15-128,NORDBANK,A,,,,\n");
        var file = new StringBuilder(Header);
        for (var i = 0; i < 173; i++)
        {
            var serial = i % 4 == 0 ? $"SN{i:D6}" : "";
            file.Append(FormattableString.Invariant($"{ExchangeTestDepot.Imei(i)},{serial},{(i % 3 == 0 ? "SGA55-128" : "IP15-128")},{(i % 2 == 0 ? "NORDBANK" : "FJORDTEL")},B,R{i % 7},2025-01-{1 + i % 28:D2},,\n"));
        }

        var (result, _) = _depot.Import("units", file.ToString());

        Assert.Equal((173, 173, 0), (result.RowsRead, result.Applied, result.Rejected));
        Assert.Equal((174, 174, 174 + 44), (_depot.Count("SELECT count(*) FROM units"), _depot.Count("SELECT count(*) FROM events"),
            _depot.Count("SELECT count(*) FROM unit_identifiers")));
        Assert.Equal(174, _depot.Count("SELECT sum(units) FROM pool_counts"));
        Assert.Equal(0, _depot.Count("SELECT count(*) FROM pool_counts_deferred"));
        Assert.Empty(new IntegrityCheck(_depot.Context).PoolCounts());
        var units = new UnitService(_depot.Context);
        Assert.Equal(units.Require(ExchangeTestDepot.Imei(172)).Id, units.Require("SN000172").Id);
        Assert.Equal(new DateOnly(2025, 1, 1 + 172 % 28), units.Require(ExchangeTestDepot.Imei(172)).Purchased);
    }

    [Fact]
    public void After_a_bulk_intake_a_single_intake_is_counted_again()
    {
        _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n");

        new UnitService(_depot.Context).Intake(ExchangeTestDepot.Imei(2), new UnitDetails("NORDBANK", "IP15-128", "A", "A-01"));

        Assert.Equal(2, _depot.Count("SELECT sum(units) FROM pool_counts"));
        Assert.Empty(new IntegrityCheck(_depot.Context).PoolCounts());
    }

    [Fact]
    public void A_strict_import_with_an_invalid_row_leaves_the_counts_as_they_were()
    {
        var (result, _) = _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n" + "123,,IP15-128,NORDBANK,A,,,,\n",
            new Depot.Core.Exchange.Import.ImportOptions(Strict: true));

        Assert.Equal(0, result.Applied);
        Assert.Equal((0, 0), (_depot.Count("SELECT count(*) FROM units"), _depot.Count("SELECT coalesce(sum(units), 0) FROM pool_counts")));
        Assert.Equal(0, _depot.Count("SELECT count(*) FROM pool_counts_deferred"));
    }
}
