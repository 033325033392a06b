using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Exchange.Import;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Reconciliation;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Units;

/// <summary>
/// A model's serial pattern decides its serial numbers wherever the model is known; where it is
/// not, the default shape or any model's pattern; a serial the depot holds always finds its unit.
/// </summary>
public sealed class SerialPatternTests : IDisposable
{
    private const string Laptop = "MBP14";
    private const string Pattern = "C02[A-Z0-9]{3}";
    private const string Misfit = "\"ZB001234X\": not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})";

    private readonly TestDepot _depot = new();

    public SerialPatternTests() => Catalog.AddModel(Laptop, "MacBook Pro 14", new Money(24995m, "SEK"), Pattern);

    public void Dispose() => _depot.Dispose();

    private Catalog Catalog => new(_depot.Context);

    private static UnitDetails Pool(string model = Laptop) => new(TestDepot.PoolOwner, model, "A", "ACM-01");

    [Fact]
    public void Intake_takes_a_serial_of_the_models_pattern_that_the_default_shape_would_refuse()
    {
        var step = _depot.Units.Intake("c02ab1", Pool());

        Assert.Equal(UnitState.Available, step.To);
        Assert.Equal(("C02AB1", Laptop), (_depot.Units.Require("C02AB1").Identifier.Value, _depot.Units.Require("c02ab1").ModelSku));
    }

    [Fact]
    public void Intake_of_a_serial_not_of_the_models_pattern_is_refused_naming_the_model_and_pattern_and_changes_nothing()
    {
        var before = _depot.Snapshot();

        var refused = Assert.Throws<RefusedException>(() => _depot.Units.Intake("ZB001234X", Pool()));

        Assert.Equal(RefusalCode.InvalidIdentifier, refused.Code);
        Assert.Equal(Misfit, refused.Message);
        Assert.Equal((Laptop, Pattern), (refused.Parameters[RefusalKeys.Model], refused.Parameters[RefusalKeys.Pattern]));
        Assert.Equal(before, _depot.Snapshot());
    }

    [Fact]
    public void A_model_without_a_pattern_keeps_the_default_shape()
    {
        Assert.Equal(UnitState.Available, _depot.Units.Intake("ZB001234X", Pool(TestDepot.Model)).To);

        var refused = Assert.Throws<RefusedException>(() => _depot.Units.Intake("C02AB1", Pool(TestDepot.Model)));
        Assert.Equal("\"C02AB1\": a serial number has at least 8 characters with at least one letter: 6 character(s)", refused.Message);
        Assert.False(refused.Parameters.ContainsKey(RefusalKeys.Model));
    }

    [Fact]
    public void Announce_with_its_model_checks_the_models_pattern()
    {
        _depot.Cases.Open("SR-1", TestDepot.PoolOwner, CaseKind.Repair);

        Assert.Equal(Misfit, Assert.Throws<RefusedException>(() => _depot.Units.Announce("ZB001234X", "SR-1", Laptop)).Message);
        Assert.Equal(UnitState.Announced, _depot.Units.Announce("C02AB2", "SR-1", Laptop).To);
    }

    [Fact]
    public void Opening_a_case_with_its_device_checks_the_models_pattern_and_opens_nothing_when_refused()
    {
        var details = new CaseDetails(Customer: "Eva Berg", Fault: "no sound");

        var refused = Assert.Throws<RefusedException>(() => _depot.Cases.OpenWithDevice("SR-2", TestDepot.PoolOwner, CaseKind.Repair, "ZB001234X", Laptop, details));

        Assert.Equal(Misfit, refused.Message);
        Assert.Null(_depot.Cases.Find("SR-2"));
        Assert.Equal(UnitState.Announced, _depot.Cases.OpenWithDevice("SR-2", TestDepot.PoolOwner, CaseKind.Repair, "C02AB2", Laptop, details).Defective!.State);
    }

    [Fact]
    public void An_unknown_scan_goes_to_quarantine_when_it_has_the_default_shape_or_some_models_pattern()
    {
        Assert.Equal(UnitState.Quarantine, _depot.Units.Receive("c02ab3").To);
        Assert.Equal(UnitState.Quarantine, _depot.Units.Receive("ZB001234X").To);

        var refused = Assert.Throws<RefusedException>(() => _depot.Units.Receive("AB12"));
        Assert.Equal("\"AB12\": a serial number has at least 8 characters with at least one letter: 4 character(s); nor does it match the serial pattern of MBP14", refused.Message);
        Assert.Equal(2, _depot.Context.Read(s => s.Table<Depot.Core.Storage.Rows.UnitRow>().Count()));
    }

    [Fact]
    public void A_known_unit_of_a_pattern_only_serial_is_received_and_counted_by_it()
    {
        _depot.Units.Intake("C02AB1", Pool());
        _depot.Cases.Open("SR-3", TestDepot.PoolOwner, CaseKind.Swap);
        _depot.Units.Reserve("C02AB1", "SR-3");
        _depot.Units.Ship("c02ab1");

        Assert.Equal(UnitState.Received, _depot.Units.Receive("c02ab1").To);
        var counts = new CountService(_depot.Context);
        var session = counts.Start(CountScope.Bin, "ACM-01").Id;
        Assert.Equal("C02AB1", counts.Scan(session, "c02ab1").Identifier);
    }

    [Fact]
    public void A_quarantined_serial_is_released_only_to_a_model_whose_pattern_it_matches()
    {
        _depot.Units.Receive("ZB001234X");
        _depot.Units.Receive("C02AB4");
        var before = _depot.Snapshot();

        var refused = Assert.Throws<RefusedException>(() => _depot.Units.Release("ZB001234X", TestDepot.PoolOwner, Laptop));

        Assert.Equal(Misfit + ": release it to the model it is a serial number of", refused.Message);
        Assert.Equal(before, _depot.Snapshot());
        Assert.Equal(UnitState.Received, _depot.Units.Release("ZB001234X", TestDepot.PoolOwner, TestDepot.Model).To);
        Assert.Equal(UnitState.Received, _depot.Units.Release("C02AB4", TestDepot.PoolOwner, Laptop).To);
    }

    [Fact]
    public void A_serial_held_before_its_model_declared_a_pattern_still_finds_its_unit_but_a_new_one_must_match()
    {
        Catalog.SetSerialPattern(Laptop, null);
        _depot.Units.Intake("ZB001234X", Pool());

        Assert.Equal(Pattern, Catalog.SetSerialPattern(Laptop, Pattern).SerialPattern);

        Assert.Equal("ZB001234X", _depot.Units.Require("zb001234x").Identifier.Value);
        _depot.Cases.Open("SR-4", TestDepot.PoolOwner, CaseKind.Swap);
        Assert.Equal(UnitState.Reserved, _depot.Units.Reserve("ZB001234X", "SR-4").To);
        Assert.Throws<RefusedException>(() => _depot.Units.Intake("ZB001234Y", Pool()));
    }

    [Fact]
    public void Setting_a_pattern_refuses_one_that_is_no_regular_expression_and_clearing_brings_the_default_back()
    {
        var refused = Assert.Throws<RefusedException>(() => Catalog.SetSerialPattern(Laptop, "C02["));

        Assert.StartsWith("serial pattern \"C02[\" of model MBP14: not a regular expression:", refused.Message);
        Assert.Equal(Pattern, Catalog.RequireModel(Laptop).SerialPattern);
        Assert.Throws<RefusedException>(() => Catalog.AddModel("MBA13", "MacBook Air 13", new Money(14995m, "SEK"), "(C02"));
        Assert.Null(Catalog.FindModel("MBA13"));

        Assert.Null(Catalog.SetSerialPattern("mbp14", null).SerialPattern);
        Assert.Equal(UnitState.Available, _depot.Units.Intake("ZB001234X", Pool()).To);
        Assert.Throws<RefusedException>(() => _depot.Units.Intake("C02AB1", Pool()));
    }

    [Fact]
    public void A_units_file_checks_each_new_serial_against_its_rows_model_and_takes_one_the_depot_holds()
    {
        Catalog.SetSerialPattern(Laptop, null);
        _depot.Units.Intake("ZB001234X", Pool());
        Catalog.SetSerialPattern(Laptop, Pattern);
        var file = "serial,model,owner,bin\nZB001234X,MBP14,ACME,ACM-01\nC02AB5,MBP14,ACME,ACM-01\nZB009999X,MBP14,ACME,ACM-01\nZB009999Y,IP15,ACME,ACM-01\n";

        var result = UnitsImport().Run(_depot.Context, Depot.Core.Exchange.Reading.ImportSource.FromBytes("units.csv", System.Text.Encoding.UTF8.GetBytes(file)), new ImportOptions());

        Assert.Equal((4L, 2L, 1L, 1L), (result.RowsRead, result.Applied, result.AlreadyApplied, result.Rejected));
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal((4L, "serial", "not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})"), (error.Line, error.Column, error.Expected));
        Assert.Equal(Laptop, _depot.Units.Require("C02AB5").ModelSku);
    }

    private static ImportKind UnitsImport() => Depot.Core.Exchange.ExchangeKinds.FindImport("units")!;
}
