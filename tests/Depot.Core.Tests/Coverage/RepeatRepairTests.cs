using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Coverage;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Receiving;
using Depot.Core.Reports;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Coverage;

/// <summary>The repair warranty through the services, at fixed Stockholm instants.</summary>
public sealed class RepeatRepairTests
{
    private static readonly string Phone = CasesTestDepot.Imei(501);
    private static readonly string Other = CasesTestDepot.Imei(502);

    /// <summary>
    /// A repair case for <see cref="Phone"/> (no purchase date, so no warranty): received 2026-02-10,
    /// repaired by NORDREP, passed quality check Mon 2026-03-02 and shipped back the same day.
    /// The repair warranty runs 90 days: up to 2026-05-31.
    /// </summary>
    private static CasesTestDepot RepairedOnSecondOfMarch()
    {
        var depot = new CasesTestDepot("2026-02-09 10:00");
        var cases = new CaseService(depot.Context);
        cases.OpenWithDevice("R-1", "NORDBANK", CaseKind.Repair, Phone, "IP15-128", new CaseDetails("Eva", Fault: "No sound"));
        depot.At("2026-02-10 09:00");
        depot.Units.Receive(Phone);
        depot.Units.Inspect(Phone, InspectionOutcome.CoveredFault);
        depot.Units.SendToPartner(Phone, "NORDREP");
        depot.At("2026-03-01 14:00");
        depot.Units.PartnerResult(Phone, PartnerOutcome.Repaired);
        depot.At("2026-03-02 10:00");
        depot.Units.PassQc(Phone);
        depot.Units.Ship(Phone);
        return depot;
    }

    private static DockReceipt ReceiveAgain(CasesTestDepot depot, string localTime)
    {
        depot.At(localTime);
        new CaseService(depot.Context).OpenWithDevice("R-2", "NORDBANK", CaseKind.Repair, Phone, "IP15-128", new CaseDetails("Eva", Fault: "No sound again"));
        return new Dock(depot.Context).Receive(Phone, ReceiptChecklist.Nothing);
    }

    [Fact]
    public void A_unit_repaired_on_2_March_and_received_again_on_20_May_is_a_repeat_repair_and_covered()
    {
        using var depot = RepairedOnSecondOfMarch();

        var receipt = ReceiveAgain(depot, "2026-05-20 09:30");

        var repeat = Assert.IsType<RepairWarranty>(receipt.RepeatRepair);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 31), "NORDREP"), (repeat.Repaired, repeat.Until, repeat.Partner));
        Assert.Equal("repair warranty until 2026-05-31", receipt.Coverage.Describe());
        Assert.Equal("true", receipt.Event.Details[RepairWarranty.RepeatKey]);
        Assert.Equal("repair warranty until 2026-05-31", receipt.Event.Details["coverage"]);

        // Inspection decides with the same coverage: the repair is covered, NotCovered needs a confirmation.
        var refused = Assert.Throws<RefusedException>(() =>
            depot.Units.Inspect(Phone, InspectionOutcome.NotCovered, NotCoveredReason.Wear, new Money(500m, "SEK")));
        Assert.Contains("repair warranty until 2026-05-31", refused.Message);
        Assert.Equal("repair warranty until 2026-05-31", depot.Units.Inspect(Phone, InspectionOutcome.CoveredFault).Details["coverage"]);
        depot.AssertConsistent();
    }

    [Fact]
    public void A_unit_repaired_on_2_March_and_received_again_on_15_June_is_no_repeat_repair_and_not_covered()
    {
        using var depot = RepairedOnSecondOfMarch();

        var receipt = ReceiveAgain(depot, "2026-06-15 09:30");

        Assert.Null(receipt.RepeatRepair);
        Assert.False(receipt.Coverage.Covered);
        Assert.False(receipt.Event.Details.ContainsKey(RepairWarranty.RepeatKey));
        depot.AssertConsistent();
    }

    [Fact]
    public void The_inspection_of_a_repeat_repair_carries_the_same_mark_as_its_receipt()
    {
        using var depot = RepairedOnSecondOfMarch();
        var receipt = ReceiveAgain(depot, "2026-05-20 09:30");
        depot.At("2026-05-20 11:00");

        var inspection = depot.Units.Inspect(Phone, InspectionOutcome.CoveredFault);

        string[] keys = ["repeat_repair", "repaired_on", "repaired_by", "repair_order", "repair_warranty_until"];
        Assert.Equal(keys.Select(k => (k, (string?)receipt.Event.Details[k])), keys.Select(k => (k, inspection.Details.GetValueOrDefault(k))));
        Assert.Equal(["true", "2026-03-02", "NORDREP", "RO-000001-1", "2026-05-31"], keys.Select(k => inspection.Details[k]));
        Assert.Equal(receipt.RepeatRepair, RepairWarranty.RepeatOf(inspection.Details));
        // Counted once, at the receipt: the inspection adds no repeat to the figures.
        Assert.Equal(1, new RepeatRepairs(depot.Context).Rows("2026-05").Single(r => r.By == "partner").Repeats);
        depot.AssertConsistent();
    }

    [Fact]
    public void The_inspection_of_a_unit_back_after_its_repair_warranty_carries_no_repeat_mark()
    {
        using var depot = RepairedOnSecondOfMarch();
        ReceiveAgain(depot, "2026-06-15 09:30");

        var inspection = depot.Units.Inspect(Phone, InspectionOutcome.NoFaultFound);

        Assert.DoesNotContain(inspection.Details.Keys, k => k.StartsWith("repeat_repair", StringComparison.Ordinal) || k.StartsWith("repair", StringComparison.Ordinal));
        Assert.Null(RepairWarranty.RepeatOf(inspection.Details));
    }

    [Fact]
    public void Coverage_on_a_date_shows_the_repair_warranty_up_to_its_last_day()
    {
        using var depot = RepairedOnSecondOfMarch();
        var unit = depot.Units.Require(Phone);
        var coverage = new CoverageService(depot.Context);

        Assert.False(coverage.On(unit, new DateOnly(2026, 3, 1)).Covered);
        var cover = Assert.Single(coverage.On(unit, new DateOnly(2026, 5, 31)).Covers);
        Assert.Equal(new Cover(CoverKind.RepairWarranty, new DateOnly(2026, 5, 31), "RO-000001-1"), cover);
        Assert.False(coverage.On(unit, new DateOnly(2026, 6, 1)).Covered);
    }

    [Fact]
    public void The_repair_warranty_days_are_a_setting()
    {
        using var depot = RepairedOnSecondOfMarch();
        new DepotSettings(depot.Context).Set("repair_warranty_days", "120");

        var receipt = ReceiveAgain(depot, "2026-06-15 09:30");

        Assert.Equal(new DateOnly(2026, 6, 30), receipt.RepeatRepair?.Until);
        Assert.Equal("repair warranty until 2026-06-30", receipt.Coverage.Describe());
    }

    [Fact]
    public void The_quality_report_gives_the_repeat_repair_rate_per_partner_and_per_model_equal_to_a_recount()
    {
        using var depot = RepairedOnSecondOfMarch();
        // A second unit repaired by another partner that does not come back.
        var cases = new CaseService(depot.Context);
        depot.At("2026-03-03 09:00");
        cases.OpenWithDevice("R-3", "NORDBANK", CaseKind.Repair, Other, "SGA55-128", new CaseDetails("Ola", Fault: "Cracked"));
        depot.Units.Receive(Other);
        depot.Units.Inspect(Other, InspectionOutcome.CoveredFault);
        depot.Units.SendToPartner(Other, "FIXIT");
        depot.At("2026-03-10 09:00");
        depot.Units.PartnerResult(Other, PartnerOutcome.Repaired);
        depot.Units.PassQc(Other);

        ReceiveAgain(depot, "2026-05-20 09:30");

        Assert.Equal(
            [
                new RepeatRepairRow("partner", "FIXIT", 1, 0, 0m),
                new RepeatRepairRow("partner", "NORDREP", 1, 1, 1m),
                new RepeatRepairRow("model", "IP15-128", 1, 1, 1m),
                new RepeatRepairRow("model", "SGA55-128", 1, 0, 0m),
            ],
            new RepeatRepairs(depot.Context).Rows());
        Assert.Equal([new RepeatRepairRow("partner", "NORDREP", 0, 1, 0m), new RepeatRepairRow("model", "IP15-128", 0, 1, 0m)],
            new RepeatRepairs(depot.Context).Rows("2026-05"));
        Assert.Empty(new IntegrityCheck(depot.Context).ReportCounts());

        // A rebuild from the rows finds nothing to change.
        Assert.Equal(0, depot.Context.Write(w => ReportCounts.Rebuild(depot.Context, w)));
    }
}
