using System.Globalization;
using Depot.Core.Billing;
using Depot.Core.Identifiers;

namespace Depot.Core.Exchange.Reading;

/// <summary>
/// Reads the fields of one row into values, keeping the first thing wrong as a <see cref="RowError"/>
/// that names the line, the column, the value and what was expected. A format reads every field it
/// needs, then asks <see cref="Error"/>.
/// </summary>
public sealed class FieldReader(CsvRow row, TimeZoneInfo zone)
{
    private static readonly string[] DateForms = ["yyyy-MM-dd", "dd.MM.yyyy"];
    private static readonly string[] LocalTimeForms = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
    private static readonly string[] OffsetTimeForms = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    private const int MinYear = 1900;
    private const int MaxYear = 2999;

    public CsvRow Row { get; } = row;

    /// <summary>The first problem found in this row, or null.</summary>
    public RowError? Error { get; private set; } = row.DamageError;

    /// <summary>Records a problem found by a rule that spans fields.</summary>
    public void Fail(string? column, string expected) => Error ??= new RowError(Row.Line, column, column is null ? null : Row[column], expected);

    /// <summary>A value the row must have.</summary>
    public string Required(string column)
    {
        var value = Unguard(Row[column]);
        if (value.Length == 0)
        {
            Fail(column, "a value is required");
        }

        return value;
    }

    /// <summary>A value that may be empty (null then).</summary>
    public string? Optional(string column) => Unguard(Row[column]) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Undoes the formula guard of exports (<c>'=...</c>, <c>'-...</c>), so that a file the depot
    /// wrote imports back to the same values.
    /// </summary>
    public static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    /// <summary>A required IMEI, by the rules technicians scan by (including the spreadsheet-mangled case).</summary>
    public Imei Imei(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return default;
        }

        if (!Identifiers.Imei.TryParse(text, out var imei, out var reason))
        {
            Fail(column, reason);
            return default;
        }

        return imei;
    }

    /// <summary>An optional IMEI (null when empty).</summary>
    public Imei? OptionalImei(string column) => Optional(column) is null ? null : Imei(column);

    /// <summary>An optional calendar date: <c>yyyy-MM-dd</c>, <c>dd.MM.yyyy</c>, or the date of a <see cref="Instant"/>.</summary>
    public DateOnly? Date(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Plausible(date) ? date : FailYear(column);
        }

        if (ParseInstant(text) is { } instant && LocalDate(instant) is { } local)
        {
            return Plausible(local) ? local : FailYear(column);
        }

        return FailDate(column);
    }

    /// <summary>
    /// An optional point in time: <c>yyyy-MM-ddTHH:mm[:ss]</c> in local depot time unless it carries
    /// an offset, or a date (its start, local time).
    /// </summary>
    public DateTimeOffset? Instant(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (ParseInstant(text) is { } instant)
        {
            if (LocalDate(instant) is { } day && Plausible(day))
            {
                return instant;
            }

            FailYear(column);
            return null;
        }

        if (DateOnly.TryParseExact(text, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && Local(date.ToDateTime(TimeOnly.MinValue)) is { } start)
        {
            if (Plausible(date))
            {
                return start;
            }

            FailYear(column);
            return null;
        }

        FailDate(column);
        return null;
    }

    /// <summary>An optional amount: <c>.</c> or <c>,</c> as the decimal separator, no thousands separators.</summary>
    public decimal? Amount(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (!Money.TryParseAmount(text, out var amount, out var reason))
        {
            Fail(column, reason);
            return null;
        }

        return amount;
    }

    /// <summary>An optional whole number, at least zero.</summary>
    public int? Count(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Fail(column, "expected a whole number like 45");
            return null;
        }

        return count;
    }

    /// <summary>An optional 3-letter currency code.</summary>
    public string? Currency(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (!Money.TryParseCurrency(text, out var code, out var reason))
        {
            Fail(column, reason);
            return null;
        }

        return code;
    }

    /// <summary>One of a fixed set of words (case-insensitive); returns the matching value.</summary>
    public T? OneOf<T>(string column, IReadOnlyDictionary<string, T> words, bool required = true)
        where T : struct
    {
        var text = required ? Required(column) : Optional(column);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (word, value) in words)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Fail(column, $"expected one of {string.Join(", ", words.Keys)}");
        return null;
    }

    /// <summary>A text of at most <paramref name="max"/> characters.</summary>
    public string? Text(string column, int max, bool required = false)
    {
        var text = required ? Required(column) : Optional(column);
        if (text is { Length: var length } && length > max)
        {
            Fail(column, $"at most {max} characters, this has {length}");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// Dates a partner file means: from 1900 to 2999. Anything else is a typo (a year 0001 or 9999),
    /// and the depot's calendar (warranty months, working days) cannot count from the edge of time.
    /// </summary>
    private static bool Plausible(DateOnly date) => date.Year is >= MinYear and <= MaxYear;

    private DateOnly? FailYear(string column)
    {
        Fail(column, $"expected a date between {MinYear} and {MaxYear}, like 2025-03-31");
        return null;
    }

    private DateOnly? FailDate(string column)
    {
        Fail(column, "expected a date like 2025-03-31 or 31.03.2025 (or 2025-03-31T14:30)");
        return null;
    }

    private DateTimeOffset? ParseInstant(string text)
    {
        if (DateTimeOffset.TryParseExact(text, OffsetTimeForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        return DateTime.TryParseExact(text, LocalTimeForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Local(local)
            : null;
    }

    /// <summary>A local depot time as an instant; null at the very edge of the calendar (0001-01-01 east of UTC), where there is none.</summary>
    private DateTimeOffset? Local(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone.GetUtcOffset(unspecified);
        var utcTicks = unspecified.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(unspecified, offset);
    }

    /// <summary>The local depot date of an instant; null when it falls off the calendar (9999-12-31 late in the day, west of here).</summary>
    private DateOnly? LocalDate(DateTimeOffset instant)
    {
        var offset = zone.GetUtcOffset(instant);
        var localTicks = instant.UtcTicks + offset.Ticks;
        return localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }
}
