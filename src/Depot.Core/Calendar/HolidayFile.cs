using System.Globalization;

namespace Depot.Core.Calendar;

/// <summary>
/// Reads the holiday calendar CSV (<c>date,country,name</c>, ISO dates). The program ships it as
/// <c>data/holidays.csv</c> next to the executable.
/// </summary>
public static class HolidayFile
{
    /// <summary>Where the program looks for the holiday calendar: data/holidays.csv next to the executable.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "holidays.csv");

    private static readonly Lazy<IReadOnlyList<Holiday>> Default = new(() => Read(DefaultPath));

    /// <summary>The holidays in the default file, read once per process.</summary>
    public static IReadOnlyList<Holiday> LoadDefault() => File.Exists(DefaultPath)
        ? Default.Value
        : throw new RefusedException($"the holiday calendar {DefaultPath} is missing; working days cannot be counted without it");

    /// <summary>Reads a holiday CSV. A malformed line is refused with its line number.</summary>
    public static IReadOnlyList<Holiday> Read(string path)
    {
        var holidays = new List<Holiday>();
        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].Trim().TrimStart('\uFEFF').ToLowerInvariant().Split(',') : [];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new RefusedException($"{path}: no column \"{name}\"");
        var (date, country, name) = (Column("date"), Column("country"), Column("name"));
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[n].Split(',');
            if (fields.Length < 3 || !DateOnly.TryParseExact(fields[date].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new RefusedException($"{path} line {n + 1}: expected date,country,name with an ISO date, got \"{lines[n]}\"");
            }

            holidays.Add(new Holiday(day, fields[country].Trim().ToUpperInvariant(), fields[name].Trim()));
        }

        return holidays;
    }
}
