namespace Depot.Core.Calendar;

/// <summary>
/// The depot's working days and ship cut-off: Monday to Friday less the holidays of the depot's
/// countries, local dates in the depot's time zone. A case registered before the cut-off on a
/// working day ships that day, otherwise the next working day; the return is due a number of
/// working days after shipping.
/// </summary>
public sealed class DepotCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly Dictionary<DateOnly, string> _names = [];

    public DepotCalendar(IEnumerable<Holiday> holidays, IEnumerable<string> countries, TimeZoneInfo zone, TimeOnly cutOff, int returnWorkingDays = 10)
    {
        var wanted = countries.Select(c => c.ToUpperInvariant()).ToHashSet();
        foreach (var h in holidays.Where(h => wanted.Contains(h.Country)))
        {
            _names.TryAdd(h.Date, h.Name);
        }

        _holidays = [.. _names.Keys];
        Zone = zone;
        CutOff = cutOff;
        ReturnWorkingDays = returnWorkingDays;
        Covers = _holidays.Count == 0 ? null : (_holidays.Min().Year, _holidays.Max().Year);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DepotCalendar> Built = new();

    /// <summary>The calendar the depot's settings describe, with the shipped holiday file (built once per set of settings).</summary>
    public static DepotCalendar For(DepotContext context)
    {
        var settings = new DepotSettings(context);
        var key = string.Join("|", settings.All().Select(s => s.Value));
        return Built.GetOrAdd(key, _ =>
            new DepotCalendar(HolidayFile.LoadDefault(), settings.HolidayCountries, settings.TimeZone, settings.CutOff, settings.ReturnWorkingDays));
    }

    public TimeZoneInfo Zone { get; }

    public TimeOnly CutOff { get; }

    public int ReturnWorkingDays { get; }

    /// <summary>The first and last year the holiday file covers; working days outside it count weekends only.</summary>
    public (int First, int Last)? Covers { get; }

    /// <summary>The depot's time zone as its settings name it; the one zone every time is shown, read and exported in.</summary>
    public static TimeZoneInfo ZoneOf(DepotContext context) => For(context).Zone;

    /// <summary><paramref name="instant"/> as the depot's clocks show it, with the depot's offset.</summary>
    public DateTimeOffset Shown(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant a depot wall-clock time <paramref name="local"/> names (offset-less input is read in the depot's zone).</summary>
    public DateTimeOffset Instant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The instant the depot's local day <paramref name="day"/> begins.</summary>
    public DateTimeOffset StartOf(DateOnly day) => Instant(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The depot's local date and time at <paramref name="instant"/>.</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The depot's local date at <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The holiday's name when <paramref name="date"/> is one.</summary>
    public string? HolidayName(DateOnly date) => _names.GetValueOrDefault(date);

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var day = date.AddDays(1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary><paramref name="date"/> moved forward by <paramref name="workingDays"/> working days.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var day = date;
        for (var i = 0; i < workingDays; i++)
        {
            day = NextWorkingDay(day);
        }

        return day;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to is not later).</summary>
    public int WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The day a case registered at <paramref name="registered"/> ships, by the cut-off rule.</summary>
    public DateOnly ShipDate(DateTimeOffset registered)
    {
        var local = LocalTime(registered);
        var date = DateOnly.FromDateTime(local);
        return IsWorkingDay(date) && TimeOnly.FromDateTime(local) < CutOff ? date : NextWorkingDay(date);
    }

    /// <summary>The day the defective unit is due back when the swap unit shipped on <paramref name="shipped"/>.</summary>
    public DateOnly ReturnDue(DateOnly shipped) => AddWorkingDays(shipped, ReturnWorkingDays);
}
