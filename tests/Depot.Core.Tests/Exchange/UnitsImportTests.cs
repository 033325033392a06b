using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Depot.Core.Exchange.Import;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using StoredUnit = Depot.Core.Storage.Rows.UnitRow;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

public sealed class UnitsImportTests : IDisposable
{
    private const string Header = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n";
    private readonly ExchangeTestDepot _depot = new();

    private static string Imei(int n) => ExchangeTestDepot.Imei(n);

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Clean_file_takes_every_unit_in_as_Available_with_an_Intake_event()
    {
        var (result, _) = _depot.Import("units", Header
            + $"{Imei(1)},,IP15-128,NORDBANK,A,NOR-01,2025-01-15,2026-01-15,\n"
            + $",SN12345X,SGA55-128,FJORDTEL,,FJO-02,,,2027-01-31\n");

        Assert.Equal((2, 2, 0, 0), (result.RowsRead, result.Applied, result.AlreadyApplied, result.Rejected));
        var units = new UnitService(_depot.Context);
        var first = units.Require(Imei(1));
        Assert.Equal((UnitState.Available, "NORDBANK", "IP15-128", "A", "NOR-01"), (first.State, first.OwnerCode, first.ModelSku, first.Grade, first.Bin));
        Assert.Equal(new DateOnly(2026, 1, 15), first.WarrantyUntil);
        var serial = units.Require("SN12345X");
        Assert.Equal(("A", new DateOnly(2027, 1, 31)), (serial.Grade, serial.CarePlanUntil));
        var history = units.History(first.Id);
        Assert.Equal((Trigger.Intake, UnitState.None, UnitState.Available, "tester"), (history.Single().Trigger, history[0].From, history[0].To, history[0].Operator));
        Assert.Empty(new IntegrityCheck(_depot.Context).Run());
    }

    [Fact]
    public void Bulk_intake_writes_the_same_event_as_the_service()
    {
        _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n");
        new UnitService(_depot.Context).Intake(Imei(2), new UnitDetails("NORDBANK", "IP15-128"));

        var rows = _depot.All<EventRow>()
            .Select(e => JsonSerializer.Serialize(new { e.Trigger, e.FromState, e.ToState, e.CaseId, e.Details, e.At, e.Operator }))
            .ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Equal(2, _depot.Rows<UnitIdentifierRow>());
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n")).ToArray();
        var (result, _) = _depot.Import("units", bytes);
        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Semicolon_file_with_spaces_odd_header_spelling_and_dotted_dates_reads()
    {
        var (result, _) = _depot.Import("units", " IMEI ; Serial;MODEL;owner ;Grade;BIN;Purchased;Warranty-Until;care plan until\n"
            + $" {Imei(1)} ;;IP15-128; NORDBANK ;B;\"NOR;01\";31.01.2025;2026-01-31T10:00;\n");
        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        var unit = new UnitService(_depot.Context).Require(Imei(1));
        Assert.Equal(("B", "NOR;01", new DateOnly(2025, 1, 31), new DateOnly(2026, 1, 31)), (unit.Grade, unit.Bin, unit.Purchased, unit.WarrantyUntil));
    }

    [Fact]
    public void Seventeen_digit_imei_keeps_the_first_fifteen()
    {
        var (result, _) = _depot.Import("units", Header + $"{Imei(1)}07,,IP15-128,NORDBANK,A,,,,\n");
        Assert.Equal(1, result.Applied);
        Assert.NotNull(new UnitService(_depot.Context).Find(Imei(1)));
    }

    [Theory]
    [InlineData("356938000000010", "imei", "check digit")]
    [InlineData("3.56938E+14", "imei", "spreadsheet")]
    [InlineData("12345", "imei", "15 digits")]
    public void Bad_imei_is_a_row_error_naming_line_column_and_value(string imei, string column, string reason)
    {
        var (result, rejects) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n{imei},,IP15-128,NORDBANK,A,,,,\n");

        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal((3L, column, imei), (error.Line, error.Column, error.Value));
        Assert.Contains(reason, error.Expected);
        Assert.StartsWith(Header.TrimEnd('\n') + ",line,error", rejects);
        Assert.Contains(",3,", rejects);
    }

    [Fact]
    public void Unsupported_date_is_a_row_error_saying_what_is_expected()
    {
        var (result, _) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,03/31/2025,,\n");
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal(("purchased", "03/31/2025"), (error.Column, error.Value));
        Assert.Contains("2025-03-31", error.Expected);
        Assert.Equal(0, _depot.Rows<StoredUnit>());
    }

    [Fact]
    public void Missing_required_column_refuses_the_file_naming_it()
    {
        var refused = Assert.Throws<RefusedException>(() => _depot.Import("units", $"imei,owner\n{Imei(1)},NORDBANK\n"));
        Assert.Contains("\"model\"", refused.Message);
        Assert.Equal(0, _depot.Rows<ImportRow>());
    }

    [Fact]
    public void File_naming_neither_imei_nor_serial_is_refused()
    {
        var refused = Assert.Throws<RefusedException>(() => _depot.Import("units", "model,owner\nIP15-128,NORDBANK\n"));
        Assert.Contains("imei or serial", refused.Message);
    }

    [Fact]
    public void Unknown_column_is_ignored_with_a_warning()
    {
        var (result, _) = _depot.Import("units", $"imei,model,owner,colour\n{Imei(1)},IP15-128,NORDBANK,blue\n");
        Assert.Equal(1, result.Applied);
        Assert.Contains(result.Warnings, w => w.Contains("\"colour\""));
    }

    [Fact]
    public void Duplicate_row_is_rejected_pointing_at_the_first()
    {
        var row = $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n";
        var (result, _) = _depot.Import("units", Header + row + row);
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Contains("line 2", result.FirstErrors.Single().Expected);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Contains("empty", Assert.Throws<RefusedException>(() => _depot.Import("units", "")).Message);
    }

    [Fact]
    public void Header_only_file_reads_no_rows_and_is_complete()
    {
        var (result, _) = _depot.Import("units", Header);
        Assert.Equal((0, 0, 0), (result.RowsRead, result.Applied, result.Rejected));
        Assert.True(result.Complete);
    }

    [Fact]
    public void Ragged_row_is_rejected()
    {
        var (result, _) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK\n{Imei(2)},,IP15-128,NORDBANK,A,,,,\n");
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Contains("field(s)", result.FirstErrors.Single().Expected);
    }

    [Fact]
    public void Unknown_owner_is_a_row_error_listing_the_known_ones()
    {
        var (result, _) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NOBODY,A,,,,\n");
        var error = result.FirstErrors.Single();
        Assert.Equal("owner", error.Column);
        Assert.Contains("NORDBANK", error.Expected);
    }

    [Fact]
    public void Importing_the_same_rows_again_changes_nothing_and_says_so()
    {
        var csv = Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n{Imei(2)},,IP15-128,NORDBANK,B,X-1,,,\n";
        _depot.Import("units", csv);
        var events = _depot.Rows<EventRow>();

        var (again, _) = _depot.Import("units", csv);

        Assert.Equal((0, 2, 0), (again.Applied, again.AlreadyApplied, again.Rejected));
        Assert.Equal(events, _depot.Rows<EventRow>());
    }

    [Fact]
    public void Known_unit_only_has_its_descriptive_fields_updated()
    {
        _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,NOR-01,,,\n");
        var units = new UnitService(_depot.Context);
        units.Reserve(Imei(1), OpenCase());

        var (result, _) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,C,NOR-09,,,\n");

        var unit = units.Require(Imei(1));
        Assert.Equal(1, result.Applied);
        Assert.Equal((UnitState.Reserved, "C", "NOR-09"), (unit.State, unit.Grade, unit.Bin));
        Assert.Equal(2, _depot.Rows<EventRow>());
    }

    [Fact]
    public void Known_unit_of_another_owner_is_rejected()
    {
        _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n");
        var (result, _) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,FJORDTEL,A,,,,\n");
        Assert.Equal(("owner", 1L), (result.FirstErrors.Single().Column, result.Rejected));
    }

    [Fact]
    public void Dry_run_leaves_the_database_byte_for_byte_unchanged()
    {
        _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n");
        var before = Checkpointed();

        var (result, rejects) = _depot.Import("units", Header + $"{Imei(2)},,IP15-128,NORDBANK,A,,,,\n{Imei(3)},,IP15-128,NORDBANK,Z,,,,\n",
            new ImportOptions(DryRun: true));

        Assert.Equal((2, 1, 0), (result.RowsRead, result.Rejected, result.Applied));
        Assert.Equal("", rejects);
        Assert.Equal(before, Checkpointed());
    }

    [Fact]
    public void Strict_applies_nothing_when_a_row_is_invalid()
    {
        var (result, rejects) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n3.56938E+14,,IP15-128,NORDBANK,A,,,,\n",
            new ImportOptions(Strict: true));
        Assert.True(result.StrictRefused);
        Assert.Equal(0, _depot.Rows<StoredUnit>());
        Assert.Equal(0, _depot.Rows<ImportRow>());
        Assert.Contains("spreadsheet", rejects);
    }

    [Fact]
    public void Fixed_rejects_file_imports_and_completes_the_import()
    {
        var (first, rejects) = _depot.Import("units", Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\n{Imei(2)},,IP15-128,NORDBANK,Z,B-7,,,\n");
        Assert.Equal(1, first.Rejected);

        var fixedRejects = rejects.Replace(",Z,", ",B,");
        var (second, again) = _depot.Import("units", fixedRejects);

        Assert.Equal((1, 0), (second.Applied, second.Rejected));
        Assert.Empty(second.Warnings);
        Assert.Equal("", again);
        Assert.Equal(("B", "B-7"), (new UnitService(_depot.Context).Require(Imei(2)).Grade, new UnitService(_depot.Context).Require(Imei(2)).Bin));
    }

    [Fact]
    public void Each_import_is_recorded_with_file_hash_operator_and_counts()
    {
        var csv = Header + $"{Imei(1)},,IP15-128,NORDBANK,A,,,,\nbad,,IP15-128,NORDBANK,A,,,,\n";
        _depot.Import("units", csv);

        var record = new ImportLog(_depot.Context).Recent().Single();
        Assert.Equal(("units", "units.csv", "tester", 2L, 1L, 0L, 1L), (record.Kind, record.FileName, record.Operator, record.RowsRead, record.Applied, record.AlreadyApplied, record.Rejected));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(csv))).ToLowerInvariant(), record.Sha256);
    }

    private string OpenCase()
    {
        new Depot.Core.Cases.CaseService(_depot.Context).Open("SR-1", "NORDBANK", Depot.Core.Cases.CaseKind.Swap);
        return "SR-1";
    }

    /// <summary>A hash of the whole store, taken from a consistent copy of it.</summary>
    private string Checkpointed()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"depot-dry-run-{Guid.NewGuid():N}.copy");
        try
        {
            _depot.Context.Store.BackupTo(copy);
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(copy)));
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
