using Depot.Core.Exchange.Import;
using Depot.Core.Integrity;
using Depot.Core.Reconciliation;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

/// <summary>The cycle-count import: each bin's rows into that bin's count session, and the quirks that apply to it.</summary>
public sealed class CycleCountImportTests : IDisposable
{
    private const string Header = "bin,imei,counted,counter";
    private readonly ExchangeTestDepot _depot = new();
    private readonly UnitService _units;

    public CycleCountImportTests()
    {
        _units = new UnitService(_depot.Context);
        for (var n = 1; n <= 3; n++)
        {
            _units.Intake(ExchangeTestDepot.Imei(n), new UnitDetails("NORDBANK", "IP15-128", "A", "A-01"));
        }
    }

    public void Dispose() => _depot.Dispose();

    private static string Imei(int n) => ExchangeTestDepot.Imei(n);

    private static string Row(int n, string bin = "A-01", string counted = "2025-03-10T08:1", string counter = "liga") =>
        $"{bin},{Imei(n)},{counted}{n % 10},{counter}";

    private CountService Counts => new(_depot.Context);

    [Fact]
    public void Clean_file_goes_into_the_bins_open_session_and_matches()
    {
        var (result, _) = _depot.Import("cycle-count", $"{Header}\n{Row(1)}\n{Row(2)}\n{Row(3)}\n");

        Assert.Equal((3, 3, 0), (result.RowsRead, result.Applied, result.Rejected));
        var session = Assert.Single(Counts.Sessions(openOnly: true));
        Assert.Equal((CountScope.Bin, "A-01", 3), (session.Scope, session.Target, session.Lines));
        Assert.Equal([session.Id], result.CountSessions);
        Assert.Empty(Counts.Differences(session.Id));
        var line = Counts.Lines(session.Id)[0];
        Assert.Equal((Imei(1), "A-01", "liga", new DateTimeOffset(2025, 3, 10, 8, 11, 0, TimeSpan.FromHours(1))), (line.Identifier, line.Bin, line.Counter, line.CountedAt));
    }

    [Fact]
    public void Every_kind_of_difference_shows_in_the_reconciliation()
    {
        _units.Intake(Imei(4), new UnitDetails("FJORDTEL", "IP15-128", "A", "B-07"));
        _units.Intake(Imei(5), new UnitDetails("NORDBANK", "SGA55-128", "A", "B-07"));
        _units.Intake(Imei(6), new UnitDetails("NORDBANK", "IP15-128", "A", "B-07"));
        _units.MarkLost(Imei(6), "not found last month");
        var stranger = Imei(9);
        var csv = $"{Header}\n{Row(1)}\n{Row(1, counted: "2025-03-10T08:2")}\n{Row(2)}\n{Row(4)}\n{Row(5)}\n{Row(6)}\n{Row(9)}\n";

        var (result, _) = _depot.Import("cycle-count", csv);

        Assert.Equal((7, 0), (result.Applied, result.Rejected));
        var differences = Counts.Differences(Assert.Single(result.CountSessions));
        Assert.Equal(
            [
                (DifferenceKind.ExpectedNotCounted, Imei(3)),
                (DifferenceKind.CountedNotExpected, Imei(6)),
                (DifferenceKind.CountedNotExpected, stranger),
                (DifferenceKind.WrongOwner, Imei(4)),
                (DifferenceKind.WrongModel, Imei(5)),
                (DifferenceKind.ScannedTwice, Imei(1)),
            ],
            differences.Select(d => (d.Kind, d.Identifier)).ToList());
    }

    [Fact]
    public void A_unit_counted_on_the_shelf_while_still_announced_is_in_the_wrong_state()
    {
        _depot.Import("pre-alerts", $"ticket,imei,model,owner,kind,fault\nSR-7,{Imei(7)},IP15-128,NORDBANK,swap,Broken\n");
        var (result, _) = _depot.Import("cycle-count", $"{Header}\n{Row(1)}\n{Row(2)}\n{Row(3)}\n{Row(7)}\n");
        var difference = Assert.Single(Counts.Differences(result.CountSessions.Single()));
        Assert.Equal((DifferenceKind.WrongState, Imei(7)), (difference.Kind, difference.Identifier));
    }

    [Fact]
    public void Each_bin_gets_its_own_session_and_an_open_one_is_reused()
    {
        var open = Counts.Start(CountScope.Bin, "a-01").Id;
        var (result, _) = _depot.Import("cycle-count", $"{Header}\n{Row(1)}\n{Row(2, bin: "B-07")}\n");

        Assert.Equal(2, result.CountSessions.Count);
        Assert.Contains(open, result.CountSessions);
        Assert.Equal(["a-01", "B-07"], Counts.Sessions(openOnly: true).Select(s => s.Target).Order().ToList());
    }

    [Fact]
    public void Importing_the_same_rows_again_is_already_applied_and_adds_no_scan()
    {
        var csv = $"{Header}\n{Row(1)}\n{Row(2)}\nA-01,{Imei(3)},,\n";
        _depot.Import("cycle-count", csv);
        var (again, _) = _depot.Import("cycle-count", csv);

        Assert.Equal((0, 3, 0), (again.Applied, again.AlreadyApplied, again.Rejected));
        var session = Assert.Single(Counts.Sessions());
        Assert.Equal(3, session.Lines);
        Assert.Equal([session.Id], again.CountSessions);
        // The second import is recorded too: it came in and changed nothing.
        var log = new Depot.Core.Exchange.Import.ImportLog(_depot.Context).Recent();
        Assert.Equal([(0L, 3L), (3L, 0L)], log.Select(r => (r.Applied, r.AlreadyApplied)));
    }

    [Fact]
    public void Rows_counted_before_a_closed_session_are_still_already_applied()
    {
        var csv = $"{Header}\n{Row(1)}\n{Row(2)}\n{Row(3)}\n";
        var (first, _) = _depot.Import("cycle-count", csv);
        Counts.Close(first.CountSessions.Single());

        var (again, _) = _depot.Import("cycle-count", csv);
        Assert.Equal((0, 3), (again.Applied, again.AlreadyApplied));
        Assert.Empty(Counts.Sessions(openOnly: true));
    }

    [Fact]
    public void Bad_imei_and_spreadsheet_number_are_row_errors_naming_line_and_column()
    {
        var bad = Imei(2)[..14] + (char)('0' + (Imei(2)[14] - '0' + 1) % 10);
        var (result, rejects) = _depot.Import("cycle-count", $"{Header}\n{Row(1)}\nA-01,{bad},,\nA-01,3.56938E+14,,\n");

        Assert.Equal((1, 2), (result.Applied, result.Rejected));
        Assert.Equal(("imei", 3L), (result.FirstErrors[0].Column, result.FirstErrors[0].Line));
        Assert.Contains("check digit", result.FirstErrors[0].Expected);
        Assert.Equal(("imei", "3.56938E+14", 4L), (result.FirstErrors[1].Column, result.FirstErrors[1].Value, result.FirstErrors[1].Line));
        Assert.Contains("spreadsheet", result.FirstErrors[1].Expected);
        Assert.StartsWith("bin,imei,counted,counter,line,error", rejects);
        Assert.Equal(3, rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Missing_bin_or_imei_column_refuses_the_file_and_changes_nothing()
    {
        var noBin = Assert.Throws<RefusedException>(() => _depot.Import("cycle-count", $"imei,counted\n{Imei(1)},2025-03-10T08:00\n"));
        var noImei = Assert.Throws<RefusedException>(() => _depot.Import("cycle-count", "bin,counter\nA-01,liga\n"));

        Assert.Contains("\"bin\" is missing", noBin.Message);
        Assert.Contains("\"imei\" is missing", noImei.Message);
        Assert.Empty(Counts.Sessions());
    }

    [Fact]
    public void Unknown_column_is_ignored_with_a_warning()
    {
        var (result, _) = _depot.Import("cycle-count", $"{Header},shelf_colour\n{Row(1)},blue\n");
        Assert.Equal(1, result.Applied);
        Assert.Contains(result.Warnings, w => w.Contains("shelf_colour"));
    }

    [Fact]
    public void Duplicate_row_is_rejected_naming_the_first()
    {
        var (result, _) = _depot.Import("cycle-count", $"{Header}\n{Row(1)}\n{Row(1)}\n");
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Contains("line 2", result.FirstErrors.Single().Expected);
        Assert.Equal(1, Counts.Sessions().Single().Lines);
    }

    [Fact]
    public void Empty_file_is_refused_and_header_only_starts_no_session()
    {
        Assert.Throws<RefusedException>(() => _depot.Import("cycle-count", ""));
        var (result, _) = _depot.Import("cycle-count", Header + "\n");
        Assert.Equal((0, 0, true), (result.RowsRead, result.Rejected, result.Complete));
        Assert.Empty(result.CountSessions);
        Assert.Empty(Counts.Sessions());
    }

    [Fact]
    public void Ragged_row_is_rejected()
    {
        var (result, _) = _depot.Import("cycle-count", $"{Header}\n{Row(1)},extra\n{Row(2)}\n");
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Equal(2L, result.FirstErrors.Single().Line);
        Assert.Null(result.FirstErrors.Single().Column);
    }

    [Fact]
    public void Unsupported_count_time_is_a_row_error()
    {
        var (result, _) = _depot.Import("cycle-count", $"{Header}\nA-01,{Imei(1)},10/03/2025 08:00,liga\n");
        Assert.Equal(("counted", 0L), (result.FirstErrors.Single().Column, result.Applied));
    }

    [Fact]
    public void Dry_run_and_strict_with_a_bad_row_start_no_session()
    {
        var csv = $"{Header}\n{Row(1)}\nA-01,3.56938E+14,,\n";
        var (dry, _) = _depot.Import("cycle-count", csv, new ImportOptions(DryRun: true));
        var (strict, _) = _depot.Import("cycle-count", csv, new ImportOptions(Strict: true));

        Assert.Equal((1, 0), (dry.Rejected, dry.Applied));
        Assert.True(strict.StrictRefused);
        Assert.Empty(dry.CountSessions);
        Assert.Empty(strict.CountSessions);
        Assert.Empty(Counts.Sessions());
        Assert.Empty(new IntegrityCheck(_depot.Context).Run());
    }
}
