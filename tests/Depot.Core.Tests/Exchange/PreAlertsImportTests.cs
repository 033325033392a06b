using System.Text;
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
