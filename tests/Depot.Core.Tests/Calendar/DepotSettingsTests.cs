using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Storage.Rows;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Calendar;

public sealed class DepotSettingsTests
{
    [Fact]
    public void A_new_depot_has_the_default_settings()
    {
        using var depot = new CasesTestDepot();
        var settings = new DepotSettings(depot.Context);
        Assert.Equal("Europe/Stockholm", settings.TimeZone.Id);
        Assert.Equal(new TimeOnly(14, 0), settings.CutOff);
        Assert.Equal(["SE"], settings.HolidayCountries);
        Assert.Equal(10, settings.ReturnWorkingDays);
        Assert.Equal(new Money(20m, "EUR"), settings.DiagnosticFee);
        Assert.Equal(90, settings.RepairWarrantyDays);
    }

    [Fact]
    public void A_new_depot_lists_the_defaults_without_storing_them_and_a_set_value_replaces_one()
    {
        using var depot = new CasesTestDepot();
        var settings = new DepotSettings(depot.Context);
        Assert.Equal(DepotSettings.Known.Select(k => (k.Key, DepotSettings.Defaults[k.Key])), settings.All());
        Assert.Equal(0L, depot.Context.Read(s => s.Table<SettingRow>().Count()));

        settings.Set("return-working-days", "15");
        settings.Set("return_working_days", "12");

        Assert.Equal(12, settings.ReturnWorkingDays);
        Assert.Equal("12", Assert.Single(depot.Context.Read(s => s.Table<SettingRow>().All().ToList())).Value);
        Assert.Null(settings.Get("colour"));
    }

    [Fact]
    public void A_changed_cut_off_moves_the_ship_date()
    {
        using var depot = new CasesTestDepot();
        new DepotSettings(depot.Context).Set("cut-off", "12:00");
        Assert.Equal(new DateOnly(2026, 11, 23), DepotCalendar.For(depot.Context).ShipDate(CasesTestDepot.Local("2026-11-20 12:30")));
    }

    [Theory]
    [InlineData("cut_off", "2pm")]
    [InlineData("time_zone", "Mars/Olympus")]
    [InlineData("diagnostic_fee", "twenty")]
    [InlineData("holiday_countries", "Sweden")]
    [InlineData("return_working_days", "0")]
    [InlineData("repair_warranty_days", "0")]
    [InlineData("repair_warranty_days", "ninety")]
    [InlineData("colour", "blue")]
    public void A_setting_that_does_not_read_is_refused_and_nothing_changes(string key, string value)
    {
        using var depot = new CasesTestDepot();
        var settings = new DepotSettings(depot.Context);
        var before = settings.All();
        Assert.Throws<RefusedException>(() => settings.Set(key, value));
        Assert.Equal(before, settings.All());
    }

    [Fact]
    public void A_setting_changed_inside_a_unit_of_work_is_read_back_changed_in_it()
    {
        using var depot = new CasesTestDepot();
        var settings = new DepotSettings(depot.Context);
        depot.Context.Write(_ =>
        {
            Assert.Equal(new TimeOnly(14, 0), settings.CutOff);
            settings.Set("cut-off", "15:30");
            Assert.Equal(new TimeOnly(15, 30), settings.CutOff);
        });

        Assert.Equal(new TimeOnly(15, 30), settings.CutOff);
    }

    [Fact]
    public void A_setting_another_bench_changes_is_read_changed_by_the_next_read()
    {
        using var depot = new Support.TestDepot();
        using var other = depot.SecondBench();
        var settings = new DepotSettings(depot.Context);
        Assert.Equal(90, settings.RepairWarrantyDays);

        new DepotSettings(other).Set("repair-warranty-days", "30");

        Assert.Equal(30, settings.RepairWarrantyDays);
        Assert.Equal(30, depot.Context.ReadTogether(() => settings.RepairWarrantyDays));
    }
}
