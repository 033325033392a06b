using Depot.Core.Calendar;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Calendar;

public sealed class DepotCalendarTests
{
    private static readonly IReadOnlyList<Holiday> Holidays = HolidayFile.Read(HolidayFile.DefaultPath);

    private static DepotCalendar Sweden() => new(Holidays, ["SE"], CasesTestDepot.Stockholm, new TimeOnly(14, 0));

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-20 13:59", "2026-11-20")] // Friday before the cut-off: ships that day
    [InlineData("2026-11-20 14:00", "2026-11-23")] // at the cut-off: not before it
    [InlineData("2026-11-20 14:01", "2026-11-23")] // Friday after the cut-off: Monday
    [InlineData("2026-11-21 10:00", "2026-11-23")] // Saturday: Monday
    public void Cut_off_on_a_Friday_decides_between_today_and_Monday(string registered, string ships) =>
        Assert.Equal(D(ships), Sweden().ShipDate(CasesTestDepot.Local(registered)));

    [Fact]
    public void After_the_cut_off_the_day_before_a_holiday_ships_the_day_after_it() =>
        // Wednesday 13 May 2026; Thursday 14 May is Ascension Day.
        Assert.Equal(D("2026-05-15"), Sweden().ShipDate(CasesTestDepot.Local("2026-05-13 14:30")));

    [Fact]
    public void Swedish_midsummer_eve_is_not_a_working_day()
    {
        var calendar = Sweden();
        Assert.False(calendar.IsWorkingDay(D("2026-06-19")));
        Assert.Equal("Midsommarafton", calendar.HolidayName(D("2026-06-19")));
        Assert.Equal(D("2026-06-22"), calendar.ShipDate(CasesTestDepot.Local("2026-06-19 09:00")));
        Assert.Equal(D("2026-06-22"), calendar.ShipDate(CasesTestDepot.Local("2026-06-18 15:00")));
        Assert.False(calendar.IsWorkingDay(D("2027-06-25")));
    }

    [Fact]
    public void New_Year_closes_the_depot_from_new_years_eve_to_the_next_working_day()
    {
        var calendar = Sweden();
        Assert.Equal(D("2027-01-04"), calendar.ShipDate(CasesTestDepot.Local("2026-12-31 10:00")));
        Assert.Equal(D("2027-01-04"), calendar.ShipDate(CasesTestDepot.Local("2026-12-30 16:00")));
        Assert.Equal(D("2026-12-30"), calendar.ShipDate(CasesTestDepot.Local("2026-12-30 13:00")));
    }

    [Theory]
    [InlineData("2026-03-29T01:30:00Z", "2026-03-30")] // 03:30 CEST on the Sunday the clocks go forward
    [InlineData("2026-03-30T11:59:00Z", "2026-03-30")] // 13:59 CEST the Monday after: summer offset applies
    [InlineData("2026-03-30T12:01:00Z", "2026-03-31")] // 14:01 CEST
    [InlineData("2026-10-26T12:59:00Z", "2026-10-26")] // 13:59 CET the Monday after the clocks go back
    [InlineData("2026-10-26T13:01:00Z", "2026-10-27")] // 14:01 CET
    public void Cut_off_follows_the_local_clock_across_daylight_saving_changes(string utc, string ships) =>
        Assert.Equal(D(ships), Sweden().ShipDate(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_return_deadline_over_Easter_skips_Good_Friday_and_Easter_Monday()
    {
        // Shipped Thursday 2 April 2026; 3 April and 6 April are holidays.
        Assert.Equal(D("2026-04-20"), Sweden().ReturnDue(D("2026-04-02")));
        Assert.Equal(10, Sweden().WorkingDaysAfter(D("2026-04-02"), D("2026-04-20")));
    }

    [Fact]
    public void Norway_has_its_own_holidays()
    {
        var norway = new DepotCalendar(Holidays, ["NO"], TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"), new TimeOnly(14, 0));
        Assert.False(norway.IsWorkingDay(D("2026-04-02"))); // Skjærtorsdag
        Assert.True(Sweden().IsWorkingDay(D("2026-04-02")));
        Assert.False(norway.IsWorkingDay(D("2027-05-17"))); // Grunnlovsdag, a Monday
        Assert.False(norway.IsWorkingDay(D("2026-05-25"))); // Andre pinsedag
        Assert.True(norway.IsWorkingDay(D("2026-06-19"))); // no midsummer eve in Norway
    }

    [Fact]
    public void The_holiday_file_covers_both_countries_for_2026_and_2027()
    {
        foreach (var country in new[] { "SE", "NO" })
        {
            foreach (var year in new[] { 2026, 2027 })
            {
                Assert.Contains(Holidays, h => h.Country == country && h.Date == new DateOnly(year, 1, 1));
                Assert.Contains(Holidays, h => h.Country == country && h.Date == new DateOnly(year, 12, 25));
            }
        }

        // Easter Sunday 2026-04-05 and 2027-03-28; Good Friday two days before.
        Assert.Contains(Holidays, h => h.Country == "SE" && h.Date == D("2027-03-26") && h.Name == "Långfredagen");
        Assert.Contains(Holidays, h => h.Country == "NO" && h.Date == D("2027-03-25") && h.Name == "Skjærtorsdag");
    }
}
