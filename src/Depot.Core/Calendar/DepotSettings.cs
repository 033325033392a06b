using System.Globalization;
using System.Runtime.CompilerServices;
using Depot.Core.Billing;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Calendar;

/// <summary>
/// The depot's own settings, kept in the depot: its time zone, the ship cut-off, which
/// countries' holidays close it, how many working days a return may take, and the diagnostic fee.
/// Each value is validated when set, so readers can trust it; a setting never set reads as its default.
/// </summary>
public sealed class DepotSettings(DepotContext context)
{
    public const string TimeZoneKey = "time_zone";
    public const string CutOffKey = "cut_off";
    public const string HolidayCountriesKey = "holiday_countries";
    public const string ReturnWorkingDaysKey = "return_working_days";
    public const string DiagnosticFeeKey = "diagnostic_fee";
    public const string RepairWarrantyDaysKey = "repair_warranty_days";

    /// <summary>Every known setting with what it means, in the order they are listed.</summary>
    public static IReadOnlyList<(string Key, string Meaning)> Known { get; } =
    [
        (TimeZoneKey, "IANA time zone of the depot (local dates, the cut-off)"),
        (CutOffKey, "registered before this local time on a working day ships that day (HH:mm)"),
        (HolidayCountriesKey, "countries whose public holidays close the depot (e.g. SE or SE,NO)"),
        (ReturnWorkingDaysKey, "working days a defective unit may take to come back after the swap ships"),
        (DiagnosticFeeKey, "charged when a quote is declined (e.g. 20.00 EUR)"),
        (RepairWarrantyDaysKey, "days a repaired unit stays covered for its repaired fault after passing quality check"),
    ];

    /// <summary>What each known setting is until it is set.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>
    {
        [TimeZoneKey] = "Europe/Stockholm",
        [CutOffKey] = "14:00",
        [HolidayCountriesKey] = "SE",
        [ReturnWorkingDaysKey] = "10",
        [DiagnosticFeeKey] = "20.00 EUR",
        [RepairWarrantyDaysKey] = "90",
    };

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(Get(TimeZoneKey)!);

    public TimeOnly CutOff => TimeOnly.ParseExact(Get(CutOffKey)!, "HH:mm", CultureInfo.InvariantCulture);

    public IReadOnlyList<string> HolidayCountries =>
        Get(HolidayCountriesKey)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int ReturnWorkingDays => int.Parse(Get(ReturnWorkingDaysKey)!, CultureInfo.InvariantCulture);

    /// <summary>How many days a repair is covered from its passed quality check (<see cref="Coverage.RepairWarranty"/>).</summary>
    public int RepairWarrantyDays => int.Parse(Get(RepairWarrantyDaysKey)!, CultureInfo.InvariantCulture);

    public Money DiagnosticFee => Money.TryParse(Get(DiagnosticFeeKey), "EUR", out var fee, out _) ? fee : new Money(20m, "EUR");

    /// <summary>
    /// The settings as stored, read once per session or unit of work: a receive asks for several
    /// of them, and each read is a round trip on a server. What one session saw cannot change under
    /// it, except by its own <see cref="Set"/>, which forgets it.
    /// </summary>
    private static readonly ConditionalWeakTable<IStoreSession, Dictionary<string, string>> Seen = new();

    /// <summary>The value of <paramref name="key"/>: as set, else its default; null for an unknown key never set.</summary>
    public string? Get(string key) => context.Read(s => Stored(s).GetValueOrDefault(key)) ?? Defaults.GetValueOrDefault(key);

    /// <summary>Every setting with its value, known ones first.</summary>
    public IReadOnlyList<(string Key, string Value)> All() => context.Read(s =>
    {
        var set = Stored(s);
        return Known.Select(k => (k.Key, set.GetValueOrDefault(k.Key) ?? Defaults[k.Key])).ToList();
    });

    // A handful of rows: one read of them all costs less than a look-up per key (a round trip each on a server).
    private static Dictionary<string, string> Stored(IStoreSession session) => Seen.GetValue(session, s =>
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in s.Table<SettingRow>().All())
        {
            set[row.Key] = row.Value;
        }

        return set;
    });

    /// <summary>Validates and stores a setting; refused (nothing changed) when the key is unknown or the value does not read.</summary>
    public string Set(string key, string value)
    {
        key = (key ?? "").Trim().ToLowerInvariant().Replace('-', '_');
        value = (value ?? "").Trim();
        var normalised = key switch
        {
            TimeZoneKey => TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) ? zone.Id : throw new RefusedException($"unknown time zone \"{value}\" (e.g. Europe/Stockholm, Europe/Oslo)"),
            CutOffKey => TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : throw new RefusedException($"the cut-off is a local time HH:mm, got \"{value}\""),
            HolidayCountriesKey => ReadCountries(value),
            ReturnWorkingDaysKey => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 90
                ? days.ToString(CultureInfo.InvariantCulture) : throw new RefusedException($"return working days is a whole number from 1 to 90, got \"{value}\""),
            RepairWarrantyDaysKey => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var warranty) && warranty is > 0 and <= 730
                ? warranty.ToString(CultureInfo.InvariantCulture) : throw new RefusedException($"repair warranty days is a whole number from 1 to 730, got \"{value}\""),
            DiagnosticFeeKey => Money.TryParse(value, "EUR", out var fee, out var reason)
                ? fee.Amount >= 0 ? fee.ToString() : throw new RefusedException("the diagnostic fee cannot be negative")
                : throw new RefusedException($"diagnostic fee: {reason}"),
            _ => throw new RefusedException($"no setting \"{key}\" (known: {string.Join(", ", Known.Select(k => k.Key))})"),
        };
        context.Write(w =>
        {
            var settings = w.Table<SettingRow>();
            if (settings.FindOne(SettingRow.ByKey, key) is { } row)
            {
                row.Value = normalised;
                settings.Update(row);
            }
            else
            {
                settings.Insert(new SettingRow { Key = key, Value = normalised });
            }

            Seen.Remove(w);
        });
        return normalised;
    }

    private static string ReadCountries(string value)
    {
        var codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0 || codes.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetter)))
        {
            throw new RefusedException($"holiday countries are 2-letter codes separated by commas (e.g. SE or SE,NO), got \"{value}\"");
        }

        return string.Join(",", codes.Select(c => c.ToUpperInvariant()));
    }
}
