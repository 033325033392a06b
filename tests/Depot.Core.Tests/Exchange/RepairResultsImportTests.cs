using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

public sealed class RepairResultsImportTests : IDisposable
{
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    /// <summary>Puts unit <paramref name="n"/> at <paramref name="partner"/> under case SR-n; returns its IMEI.</summary>
    internal static string AtPartner(ExchangeTestDepot depot, int n, string partner)
    {
        var imei = ExchangeTestDepot.Imei(n);
        new CaseService(depot.Context).Open($"SR-{n}", "NORDBANK", CaseKind.Swap);
        var units = new UnitService(depot.Context);
        units.Announce(imei, $"SR-{n}", "IP15-128");
        units.Receive(imei);
        units.Inspect(imei, InspectionOutcome.CoveredFault);
        units.SendToPartner(imei, partner);
        return imei;
    }

    private string OrderOf(string imei) => _depot.OrderOf(imei);

    private string StoredResult(Func<Depot.Core.Storage.Rows.RepairResultRow, string> fields) =>
        fields(_depot.All<Depot.Core.Storage.Rows.RepairResultRow>().Single());

    [Fact]
    public void New_imei_becomes_the_units_identifier_and_the_old_one_still_finds_it()
    {
        var old = AtPartner(_depot, 1, "BOARDLAB");
        var replacement = ExchangeTestDepot.Imei(99);
        var (result, _) = _depot.Import("repair-results",
            $"order,imei,result,completed,new_imei,parts,labour_minutes,cost,currency\n{OrderOf(old)},{old},REPAIRED,2025-03-12,{replacement},MB-1|SCR-2,45,120.50,EUR\n");

        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        var units = new UnitService(_depot.Context);
        var byNew = units.Require(replacement);
        var byOld = units.Require(old);
        Assert.Equal(byNew.Id, byOld.Id);
        Assert.Equal((replacement, UnitState.QualityCheck), (byNew.Identifier.Value, byNew.State));
        Assert.Equal("MB-1|SCR-2|45|120.50|EUR", StoredResult(r => FormattableString.Invariant($"{r.Parts}|{r.LabourMinutes}|{r.Cost}|{r.Currency}")));
    }

    [Fact]
    public void Semicolons_and_decimal_commas_read_and_a_second_import_is_already_applied()
    {
        var imei = AtPartner(_depot, 1, "BOARDLAB");
        var csv = $"order;imei;result;completed;quote;currency;note\n{OrderOf(imei)};{imei};QUOTE;12.03.2025;89,90;eur;\"needs; a new\nback cover\"\n";

        var (first, _) = _depot.Import("repair-results", csv);
        var (second, _) = _depot.Import("repair-results", csv);

        Assert.Equal((1, 0), (first.Applied, first.Rejected));
        Assert.Equal((0, 1, 0), (second.Applied, second.AlreadyApplied, second.Rejected));
        Assert.Equal(UnitState.AwaitingApproval, new UnitService(_depot.Context).Require(imei).State);
        Assert.Equal("89.90|EUR|needs; a new\nback cover", StoredResult(r => FormattableString.Invariant($"{r.Quote}|{r.Currency}|{r.Note}")));
    }

    [Fact]
    public void Imei_that_is_not_the_orders_unit_is_rejected()
    {
        var imei = AtPartner(_depot, 1, "BOARDLAB");
        AtPartner(_depot, 2, "BOARDLAB");
        var (result, _) = _depot.Import("repair-results", $"order,imei,result\n{OrderOf(imei)},{ExchangeTestDepot.Imei(2)},NFF\n");
        var error = result.FirstErrors.Single();
        Assert.Equal("imei", error.Column);
        Assert.Contains(imei, error.Expected);
        Assert.Equal(UnitState.AtPartner, new UnitService(_depot.Context).Require(imei).State);
    }

    [Fact]
    public void Unknown_order_and_unknown_result_are_row_errors()
    {
        var imei = AtPartner(_depot, 1, "BOARDLAB");
        var (result, _) = _depot.Import("repair-results", $"order,imei,result\nRO-NOPE,{imei},NFF\n{OrderOf(imei)},{imei},FIXED\n");
        Assert.Equal(2, result.Rejected);
        Assert.Equal("order,result", string.Join(",", result.FirstErrors.Select(e => e.Column)));
    }
}
