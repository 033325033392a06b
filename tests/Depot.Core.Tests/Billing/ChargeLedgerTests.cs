using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Billing;

public sealed class ChargeLedgerTests
{
    [Fact]
    public void Totals_are_kept_per_currency()
    {
        var at = DateTimeOffset.UnixEpoch;
        Charge C(decimal amount, string currency) => new(1, "T", ChargeKind.Quote, new Money(amount, currency), "r", null, at, "op");
        Assert.Equal("29.50 EUR + 9495.00 SEK", ChargeLedger.Total([C(20m, "EUR"), C(9495m, "SEK"), C(9.5m, "EUR")]));
        Assert.Equal("none", ChargeLedger.Total([]));
    }

    [Fact]
    public void The_diagnostic_fee_follows_the_setting_and_receiving_records_the_coverage()
    {
        using var depot = new CasesTestDepot();
        new Depot.Core.Calendar.DepotSettings(depot.Context).Set("diagnostic_fee", "250 SEK");
        var imei = CasesTestDepot.Imei(501);
        new CaseService(depot.Context).OpenWithDevice("R-1", "NORDBANK", CaseKind.Repair, imei, "IP15-128", new CaseDetails("Eva", Fault: "x"));
        var received = depot.Units.Receive(imei);
        Assert.Equal("not covered", received.Details["coverage"]);
        depot.Units.Inspect(imei, InspectionOutcome.NotCovered, NotCoveredReason.Wear, new Money(90m, "EUR"));
        depot.Units.Decline(imei);
        var fee = Assert.Single(new ChargeLedger(depot.Context).All());
        Assert.Equal((ChargeKind.DiagnosticFee, new Money(250m, "SEK"), "R-1"), (fee.Kind, fee.Amount, fee.Ticket));
    }
}
