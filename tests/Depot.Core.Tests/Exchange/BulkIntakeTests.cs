using System.Text;
using Depot.Core.Exchange.Import;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using UnitIntakeWriter = Depot.Core.Exchange.Formats.Units.UnitIntakeWriter;

namespace Depot.Core.Tests.Exchange;

/// <summary>The bulk intake path of a large units file: many rows per insert, unit counts added per owner and model.</summary>
public sealed class BulkIntakeTests : IDisposable
{
    private const string Header = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n";
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Rows_over_several_chunks_all_arrive_with_their_identifiers_events_and_unit_counts()
    {
        // A unit already in the depot, counted by the service.
        _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(900_000)},,IP15-128,NORDBANK,A,,,,\n");
        var rows = UnitIntakeWriter.Chunk * 2 + 173;
        var file = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            var serial = i % 4 == 0 ? $"SN{i:D6}" : "";
            file.Append(FormattableString.Invariant($"{ExchangeTestDepot.Imei(i)},{serial},{(i % 3 == 0 ? "SGA55-128" : "IP15-128")},{(i % 2 == 0 ? "NORDBANK" : "FJORDTEL")},B,R{i % 7},2025-01-{1 + i % 28:D2},,\n"));
        }

        var (result, _) = _depot.Import("units", file.ToString());

        Assert.Equal((rows, rows, 0L), (result.RowsRead, result.Applied, result.Rejected));
        var serials = (rows + 3) / 4;
        Assert.Equal((rows + 1L, rows + 1L, rows + 1L + serials), (_depot.Rows<UnitRow>(), _depot.Rows<EventRow>(), _depot.Rows<UnitIdentifierRow>()));
        Assert.Equal(rows + 1L, _depot.CountedUnits());
        Assert.Empty(new IntegrityCheck(_depot.Context).PoolCounts());
        var units = new UnitService(_depot.Context);
        var last = units.Require(ExchangeTestDepot.Imei(rows - 1));
        Assert.Equal(last.Id, units.Require($"SN{rows - 1 - (rows - 1) % 4:D6}").Id - (rows - 1) % 4);
        Assert.Equal(new DateOnly(2025, 1, 1 + (rows - 1) % 28), last.Purchased);
        Assert.Equal(units.Require(ExchangeTestDepot.Imei(UnitIntakeWriter.Chunk)).Id, units.Require($"SN{UnitIntakeWriter.Chunk:D6}").Id);
    }

    [Fact]
    public void After_a_bulk_intake_a_single_intake_is_counted_again()
    {
        _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n");

        new UnitService(_depot.Context).Intake(ExchangeTestDepot.Imei(2), new UnitDetails("NORDBANK", "IP15-128", "A", "A-01"));

        Assert.Equal(2, _depot.CountedUnits());
        Assert.Empty(new IntegrityCheck(_depot.Context).PoolCounts());
    }

    [Fact]
    public void A_strict_import_with_an_invalid_row_leaves_the_counts_as_they_were()
    {
        var (result, _) = _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n" + "123,,IP15-128,NORDBANK,A,,,,\n",
            new ImportOptions(Strict: true));

        Assert.Equal(0, result.Applied);
        Assert.Equal((0, 0), (_depot.Rows<UnitRow>(), _depot.CountedUnits()));
    }

    [Fact]
    public void A_serial_that_another_row_of_the_file_goes_by_is_refused_and_the_other_rows_applied()
    {
        var (result, _) = _depot.Import("units", Header
            + $"{ExchangeTestDepot.Imei(1)},SN-SHARED,IP15-128,NORDBANK,A,,,,\n"
            + ",SN-SHARED,IP15-128,NORDBANK,A,,,,\n"
            + $"{ExchangeTestDepot.Imei(2)},,IP15-128,NORDBANK,A,,,,\n");

        Assert.Equal((2, 1), (result.Applied, result.Rejected));
        Assert.Equal(3L, result.FirstErrors.Single().Line);
        Assert.Equal((2, 2, 3), (_depot.Rows<UnitRow>(), _depot.CountedUnits(), _depot.Rows<UnitIdentifierRow>()));
        Assert.Empty(new IntegrityCheck(_depot.Context).PoolCounts());
    }

    [Fact]
    public void A_unit_is_counted_in_its_owner_model_and_the_state_intake_gives()
    {
        _depot.Import("units", Header + $"{ExchangeTestDepot.Imei(1)},,IP15-128,NORDBANK,A,,,,\n{ExchangeTestDepot.Imei(2)},,IP15-128,NORDBANK,B,,,,\n");

        var count = Assert.Single(_depot.Context.Read(UnitCounts.Read));
        var owner = _depot.All<OwnerRow>().Single(o => o.Code == "NORDBANK").Id;
        var model = _depot.All<ModelRow>().Single(m => m.Sku == "IP15-128").Id;
        Assert.Equal((owner, model, "Available", false, 2L), (count.OwnerId, count.ModelId, count.State, count.RepairCase, count.Units));
    }
}
