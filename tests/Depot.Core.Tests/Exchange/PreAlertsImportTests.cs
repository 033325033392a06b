using System.Globalization;
using System.Text;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

public sealed class PreAlertsImportTests : IDisposable
{
    private const string Header = "ticket,imei,model,owner,kind,fault,customer,phone,email,address,reported\n";
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Clean_file_opens_the_case_and_announces_the_unit()
    {
        var imei = ExchangeTestDepot.Imei(1);
        var (result, _) = _depot.Import("pre-alerts", Header + $"SR-100,{imei},IP15-128,NORDBANK,swap,No sound,Anna Lind,+46 70 123,anna@example.com,Storgatan 1,2025-03-09T14:30\n");

        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        var serviceCase = new CaseService(_depot.Context).Require("SR-100");
        Assert.Equal((CaseKind.Swap, "Anna Lind", "No sound"), (serviceCase.Kind, serviceCase.Details.Customer, serviceCase.Details.Fault));
        // Read in the depot's zone (Stockholm, UTC+1 in March), not the machine's.
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 14, 30, 0, TimeSpan.FromHours(1)), serviceCase.Details.ReportedAt);
        var unit = new UnitService(_depot.Context).Require(imei);
        Assert.Equal((UnitState.Announced, "NORDBANK"), (unit.State, unit.OwnerCode));

        var (again, _) = _depot.Import("pre-alerts", Header + $"SR-100,{imei},IP15-128,NORDBANK,swap,No sound,Anna Lind,+46 70 123,anna@example.com,Storgatan 1,2025-03-09T14:30\n");
        Assert.Equal((0, 1), (again.Applied, again.AlreadyApplied));
    }

    [Fact]
    public void An_offset_less_reported_time_is_the_depots_wall_clock_and_decides_the_ship_date_by_the_cut_off()
    {
        _depot.Clock.Set(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero));
        _depot.Import("pre-alerts", Header + $"SR-200,{ExchangeTestDepot.Imei(1)},IP15-128,NORDBANK,swap,No sound,,,,,2026-12-02T13:30\n");

        var reported = new CaseService(_depot.Context).Require("SR-200").Details.ReportedAt!.Value;
        var calendar = DepotCalendar.For(_depot.Context);

        // 13:30 in Stockholm (UTC+1) is 12:30 UTC, stored as such and shown as given; read as UTC it
        // would show as 14:30, after the 14:00 cut-off, and the swap would ship a day late.
        Assert.Equal((new DateTimeOffset(2026, 12, 2, 12, 30, 0, TimeSpan.Zero), TimeSpan.Zero), (reported, reported.Offset));
        Assert.Equal("2026-12-02 13:30", calendar.Shown(reported).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2026, 12, 2), calendar.ShipDate(reported));
    }

    [Fact]
    public void A_date_only_reported_value_is_the_start_of_that_day_in_the_depots_zone()
    {
        _depot.Clock.Set(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero));
        _depot.Import("pre-alerts", Header + $"SR-201,{ExchangeTestDepot.Imei(2)},IP15-128,NORDBANK,swap,No sound,,,,,2026-12-02\n");

        var reported = new CaseService(_depot.Context).Require("SR-201").Details.ReportedAt!.Value;
        var calendar = DepotCalendar.For(_depot.Context);

        // Midnight in Stockholm, not midnight UTC (which would show as 01:00).
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), reported);
        Assert.Equal("2026-12-02 00:00", calendar.Shown(reported).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal((new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2)), (calendar.LocalDate(reported), calendar.ShipDate(reported)));
    }

    [Fact]
    public void Windows_1252_file_keeps_nordic_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Header + $"SR-101,{ExchangeTestDepot.Imei(1)},IP15-128,NORDBANK,repair,Skärm sprucken,Åsa Öberg,,,Östra vägen 5,\n");
        var (result, _) = _depot.Import("pre-alerts", bytes);

        Assert.Equal(1, result.Applied);
        var details = new CaseService(_depot.Context).Require("SR-101").Details;
        Assert.Equal(("Åsa Öberg", "Skärm sprucken", "Östra vägen 5"), (details.Customer, details.Fault, details.Address));
    }

    [Fact]
    public void Quoted_field_holding_a_semicolon_and_a_line_break_reads_whole_and_later_lines_count_right()
    {
        var csv = "ticket;imei;model;owner;kind;fault\n"
            + $"SR-102;{ExchangeTestDepot.Imei(1)};IP15-128;NORDBANK;swap;\"Cracked; screen\nafter a drop\"\n"
            + $"SR-103;{ExchangeTestDepot.Imei(2)};IP15-128;NORDBANK;exchange;x\n";
        var (result, _) = _depot.Import("pre-alerts", csv);

        Assert.Equal("Cracked; screen\nafter a drop", new CaseService(_depot.Context).Require("SR-102").Details.Fault);
        var error = result.FirstErrors.Single();
        Assert.Equal((4L, "kind"), (error.Line, error.Column));
    }

    [Fact]
    public void Unit_of_another_owner_is_rejected_and_no_case_is_left_open()
    {
        var imei = ExchangeTestDepot.Imei(1);
        _depot.Import("units", $"imei,model,owner\n{imei},IP15-128,FJORDTEL\n");
        var (result, _) = _depot.Import("pre-alerts", Header + $"SR-104,{imei},IP15-128,NORDBANK,swap,x,,,,,\n");
        Assert.Equal(1, result.Rejected);
        Assert.Null(new CaseService(_depot.Context).Find("SR-104"));
    }

    [Fact]
    public void Two_tickets_for_one_unit_in_a_file_are_caught_before_anything_is_written()
    {
        var imei = ExchangeTestDepot.Imei(1);
        var (dry, _) = _depot.Import("pre-alerts", Header + $"SR-1,{imei},IP15-128,NORDBANK,swap,x,,,,,\nSR-2,{imei},IP15-128,NORDBANK,swap,y,,,,,\n",
            new Depot.Core.Exchange.Import.ImportOptions(DryRun: true));
        Assert.Equal((1L, 3L, "imei"), (dry.Rejected, dry.FirstErrors.Single().Line, dry.FirstErrors.Single().Column));
    }
}
